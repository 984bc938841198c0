/**
 * The workspace index: which templates embed flows, which flow files templates and code deploy, and the type each
 * flow gets and from where. Pure over (path, text): the CLI and the server feed it files (and changes) and ask it
 * for a flow file's claims; `decideFlowType` settles a file's type against its own Metadata.type.
 */
import * as path from 'path';
import { scanTemplate, type TemplateScan } from './embedded';
import type { TypeClaim } from './flowTypeDecision';

export { decideFlowType, type TypeClaim, type FlowTypeDecision } from './flowTypeDecision';

export class WorkspaceIndex {
  private readonly scans = new Map<string, TemplateScan>();
  /** Flow file (absolute, normalised) → claims, rebuilt per template on change. */
  private readonly claims = new Map<string, Map<string, TypeClaim[]>>();

  constructor(
    /** The folder `base: 'project'` paths are relative to (CDK reading from the working directory). */
    private readonly projectRoot?: string,
  ) {}

  /** Scans (or rescans) one template or code file; files that hold no flows are forgotten. */
  update(file: string, text: string): TemplateScan | undefined {
    this.remove(file);
    const scan = scanTemplate(text, file);
    if (!scan || (scan.flows.length === 0 && scan.references.length === 0)) return undefined;
    this.scans.set(file, scan);
    for (const ref of scan.references) {
      const base = ref.base === 'project' && this.projectRoot ? this.projectRoot : path.dirname(file);
      const target = key(path.resolve(base, ref.path));
      let byTemplate = this.claims.get(target);
      if (!byTemplate) this.claims.set(target, (byTemplate = new Map()));
      const list = byTemplate.get(file) ?? [];
      list.push({ flowType: ref.declared.flowType, module: ref.declared.module, origin: ref.declared.origin, template: file, kind: ref.format });
      byTemplate.set(file, list);
    }
    return scan;
  }

  remove(file: string): void {
    if (!this.scans.delete(file)) return;
    for (const [target, byTemplate] of this.claims) {
      byTemplate.delete(file);
      if (byTemplate.size === 0) this.claims.delete(target);
    }
  }

  /** What templates and code say about a flow file's type. */
  claimsFor(flowFile: string): TypeClaim[] {
    const byTemplate = this.claims.get(key(path.resolve(flowFile)));
    return byTemplate ? [...byTemplate.values()].flat() : [];
  }

  /** Templates (and code) that hold or deploy flows, with what they hold. */
  get templates(): ReadonlyMap<string, TemplateScan> {
    return this.scans;
  }

  /** Flow files some template or code deploys. */
  get referencedFiles(): string[] {
    return [...this.claims.keys()];
  }
}

/** Paths compared the way the file system does on this platform (case-insensitive on Windows and macOS by default). */
function key(file: string): string {
  return process.platform === 'win32' || process.platform === 'darwin' ? file.toLowerCase() : file;
}
