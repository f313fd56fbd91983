// flags: -e import('node:fs').then((m)=>console.log(typeof(m.readFileSync),typeof(m.default.statSync),Object.keys(m).length>50)).then(()=>import('node:path')).then((p)=>console.log(p.join('a','b')))
// -e with dynamic import (the file itself is only argv[1]).
console.log('not run');
