exports.legacy = typeof require;
