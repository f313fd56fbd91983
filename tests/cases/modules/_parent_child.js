module.exports = [module.parent === require.main, Object.keys(module).includes("parent")];
