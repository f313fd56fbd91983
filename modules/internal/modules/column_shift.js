'use strict';
// Records how many characters of wrapper text a loader put before a
// module's source on one line, so stack frames report the file's columns.

let table = null;

function setShiftTable(t) { table = t; }

function recordShift(filename, line, shift) {
  if (table !== null && shift > 0) table.set(filename, [line, shift]);
}

module.exports = { setShiftTable, recordShift };
