'use strict';
const { parseEnv } = require('node:util');

const samples = [
  'A=1\nB=2',
  'A="quoted value"\nB=\'single\'\nC=`back`',
  'export D=4\nE=value # comment\n# full comment\nF=',
  'G="multi\nline"\nH="escaped\\nnewline"\nI=\'no\\nexpand\'',
  '  J = spaced  \r\nK=crlf\r\n',
  'L="unterminated\nM=next',
  'N==double\nO=a=b',
  'P\nQ=after junk',
  'Z=last\nA=first',
  '',
  '# only comment',
];
for (const s of samples) {
  console.log(JSON.stringify(s), '=>', JSON.stringify(parseEnv(s)));
}
try {
  parseEnv(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
