export {
  vennFrame,
  levelMask,
  pointMask,
  boundaryDistance,
  boxDistance,
  VENN_LEVELS,
  type VennCircle,
  type VennBox,
  type VennFrame,
} from './frame.js';
export {
  layoutVenn,
  type VennAreaInput,
  type VennLayout,
  type VennLayoutOptions,
  type VennMarker,
} from './layout.js';
export { regionPaths } from './paths.js';
