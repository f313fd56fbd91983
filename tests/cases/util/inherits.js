'use strict';
const util = require('node:util');

function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function() {
  return `${this.name} makes a sound`;
};
function Dog(name) {
  Animal.call(this, name);
}
util.inherits(Dog, Animal);
Dog.prototype.bark = function() {
  return 'woof';
};
const d = new Dog('rex');
console.log(d.speak(), d.bark(), d instanceof Animal, Dog.super_ === Animal);
const desc = Object.getOwnPropertyDescriptor(Dog, 'super_');
console.log('super_', desc.writable, desc.enumerable, desc.configurable);
console.log('keys', Object.keys(Dog));

const bad = [
  [null, Animal],
  [Dog, null],
  [undefined, Animal],
  [Dog, undefined],
  [Dog, {}],
  [Dog, () => {}],
];
for (const [a, b] of bad) {
  try {
    util.inherits(a, b);
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
