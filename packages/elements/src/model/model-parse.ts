// The full model parser with localized errors, loaded only when data fails the quick check.
export { parseModelData } from '@mulighetsrom/core/schema/model.js';
