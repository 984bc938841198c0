import type { ActionSpec } from '../types';

export const invokeLambdaFunction: ActionSpec = {
  type: 'InvokeLambdaFunction',
  category: 'interaction',
  source: 'both',
  summary: 'Calls an AWS Lambda function; what it returns is readable as `$.External.<key>`.',
  block: 'Invoke AWS Lambda function',
  doc: 'Each call replaces `$.External`. With `ResponseValidation` `{ "ResponseType": "JSON" }` nested results such as `$.External.address.city` are allowed; the default keeps a flat map of strings.',
  params: [
    {
      name: 'LambdaFunctionARN',
      required: true,
      kind: 'string',
      summary: 'ARN of the function to call.',
    },
    {
      name: 'InvocationTimeLimitSeconds',
      required: true,
      form: 'static',
      kind: 'integer',
      min: 1,
      max: 8,
      default: '8',
      summary: 'Seconds to wait for the function (1-8).',
      doc: 'Required. A whole number from 1 to 8, written literally. When the function takes longer, the error branch is taken.',
    },
    {
      name: 'LambdaInvocationAttributes',
      kind: 'object',
      summary: 'Extra parameters sent to the function (name to value).',
    },
    {
      name: 'InvocationType',
      form: 'static',
      kind: 'string',
      values: ['SYNCHRONOUS', 'ASYNCHRONOUS'],
      summary: '"SYNCHRONOUS" waits for the answer; "ASYNCHRONOUS" does not.',
    },
    {
      name: 'ResponseValidation',
      kind: 'object',
      summary: 'How to read the answer: `{ "ResponseType": "STRING_MAP" | "JSON" }`.',
    },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
