/** Which files may hold embedded flows, and the scanner for each kind. */
import { scanCloudFormation } from './cloudFormation';
import { scanTerraform } from './terraform';
import { scanCdk } from './cdk';
import type { TemplateScan } from './types';

/** CDK code: scanned for flow files it deploys (by the workspace index), never checked as flows. */
export const CODE_SUFFIXES = ['.ts', '.js', '.mjs', '.cjs', '.py'];

const TEMPLATE_SUFFIXES = ['.yaml', '.yml', '.template', '.template.json', '.json', '.tf'];

/** File names a directory walk looks at for flows in templates (besides `*.json` flows). */
export function isTemplateFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return TEMPLATE_SUFFIXES.some((s) => lower.endsWith(s));
}

/** The flows a template holds, or undefined when the text is not a template with flow resources. Never throws. */
export function scanTemplate(text: string, fileName: string): TemplateScan | undefined {
  const lower = fileName.toLowerCase();
  try {
    if (lower.endsWith('.tf')) return scanTerraform(text);
    if (CODE_SUFFIXES.some((s) => lower.endsWith(s))) return scanCdk(text, fileName);
    return scanCloudFormation(text);
  } catch {
    return undefined;
  }
}
