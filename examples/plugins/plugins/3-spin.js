// A hostile plugin: never returns.
exports.transform = () => { for (;;) {} };
