import type { FlowType } from '../../engine';
import type { OffsetMap } from './offsetMap';

export type TemplateFormat = 'cloudformation' | 'terraform' | 'cdk';

/** How the flow is written in the template. */
export type ContentForm =
  | 'string'
  | 'block-literal'
  | 'block-folded'
  | 'sub'
  | 'sub-map'
  | 'join'
  | 'heredoc'
  | 'jsonencode';

/** Where a flow's type came from, for hovers and messages. */
export interface DeclaredType {
  /** The API name (CONTACT_FLOW, ...); undefined when unknown (a parameter, a condition, a module). */
  flowType: FlowType | undefined;
  /** The resource is a flow module: modules have no flow type. */
  module: boolean;
  /** Says where the type came from, e.g. `Type: AGENT_WHISPER of resource AgentWhisper in template.yaml`. */
  origin: string;
}

/** How text must be written at a place of the template to mean a given flow text (for edits mapped back). */
export type Encoding =
  /** Literal block scalar: a new line is followed by the block's indentation. */
  | { kind: 'block'; indent: number }
  /** Double-quoted YAML or a JSON string: JSON escapes. */
  | { kind: 'double' }
  /** Single-quoted YAML: quotes doubled, no line breaks. */
  | { kind: 'single' }
  /** Terraform heredoc: `${` written `$${`, new lines indented by `indent`. */
  | { kind: 'heredoc'; indent: number }
  /** Folded, plain, converted HCL: edits are not mapped back. */
  | { kind: 'none' };

/** The encoding of the template text behind a run of flow text. */
export interface Segment {
  flowStart: number;
  flowEnd: number;
  encoding: Encoding;
}

/** A flow written inside a template: its text, and where each of its characters is in the template. */
export interface EmbeddedFlow {
  format: TemplateFormat;
  /** CloudFormation logical id, or Terraform `aws_connect_contact_flow.name`. */
  resource: string;
  form: ContentForm;
  text: string;
  map: OffsetMap;
  /** Every character maps to its own place in the template (false: a fallback mapped the flow as one block). */
  exact: boolean;
  declared: DeclaredType;
  /** Template offsets of the content value (the whole intrinsic function or string). */
  contentStart: number;
  contentEnd: number;
  /** How each run of the flow text is written (for edits); missing: edits are not mapped back. */
  segments?: Segment[];
  /** CloudFormation Fn::Sub variable map: variable → the resource it names (`!GetAtt X.Arn`, `!Ref X`), or null for other values. */
  variables?: Record<string, string | null>;
  /** CloudFormation: `${...}` in this flow's text are substituted at deploy time (Fn::Sub), so each must resolve. */
  substituted?: boolean;
}

/** A flow file a template deploys by reference (`filename`, `file()`, `readFileSync(...)`). */
export interface FlowFileReference {
  format: TemplateFormat;
  resource: string;
  /** The path as written, resolved against the template's folder by the caller. */
  path: string;
  declared: DeclaredType;
  /** Template offsets of the path string. */
  start: number;
  end: number;
  /** What `path` is relative to: the template's folder (default), or the project root (CDK reading from cwd). */
  base?: 'file' | 'project';
}

/** A resource of a template, for references between resources. */
export interface TemplateResource {
  name: string;
  type: string;
  /** For flow and module resources: the flow type they declare. */
  declared?: DeclaredType;
  /** Template offsets of the resource's key. */
  start: number;
  end: number;
}

export interface TemplateScan {
  format: TemplateFormat;
  /** CloudFormation: names of the template's Parameters (references to them are fine). */
  parameters?: string[];
  flows: EmbeddedFlow[];
  references: FlowFileReference[];
  resources: TemplateResource[];
}
