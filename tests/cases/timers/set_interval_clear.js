// setInterval repeats until cleared, extra arguments are passed, and
// clearing from inside the callback stops it.
let n = 0;
const i = setInterval((a, b) => {
  n++;
  console.log('tick', n, a, b);
  if (n === 3) {
    clearInterval(i);
    setTimeout(() => console.log('done', n), 20);
  }
}, 5, 'x', 'y');
console.log(typeof i, i.hasRef());
