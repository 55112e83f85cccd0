// dist/cdn/mulighetsrom.js, the CDN loader, exports nothing: imported (or loaded by a script
// tag) it finds the Mulighetsrom widgets in the document and loads each widget's module.
export {};
