/** Which editor features the language server offers, read from the capabilities it announces. */
import { featureCapabilities } from '../server/src/lsp/features';

export type Feature = 'completion' | 'hover' | 'codeAction' | 'definition';

/** Why a feature cannot be tested yet, or undefined when the server offers it. */
export function featureMissing(feature: Feature): string | undefined {
  const caps = featureCapabilities();
  const present = {
    completion: !!caps.completionProvider,
    hover: !!caps.hoverProvider,
    codeAction: !!caps.codeActionProvider,
    definition: !!caps.definitionProvider,
  }[feature];
  return present ? undefined : `feature not available yet: the language server does not offer ${feature}`;
}
