// A key that exists in types only: `widget[widgetTypes]` names a widget's data and select
// detail for the typed React wrappers (src/react/types.ts). No runtime value stands behind it;
// a file of its own, so the custom-elements manifest does not list it as API.
export declare const widgetTypes: unique symbol;
