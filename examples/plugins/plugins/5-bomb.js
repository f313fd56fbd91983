// A hostile plugin: allocates without end.
exports.transform = () => { const a = []; for (;;) a.push(new Array(1e5).fill(Math.random())); };
