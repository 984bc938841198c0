/** Which files may hold embedded flows, and the scanner for each kind. */
import { scanCloudFormation } from './cloudFormation';
import { scanTerraform } from './terraform';
import type { TemplateScan } from './types';

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
    return scanCloudFormation(text);
  } catch {
    return undefined;
  }
}
