const words = ['b', 'a', 'B', 'A', 'á', 'Á', 'ä', 'z', 'Z', 'ß', 'ss', 'æ', 'ae', 'ø', 'o', 'é', 'e', 'f', '10', '9', '2', '1a', 'item10', 'item9', 'Item2', '', ' ', 'ab', 'a b', 'a-b', 'a_b', 'ña', 'na', 'nz', 'α', 'β', 'я', 'Zebra', 'apple', 'Äpfel', 'zoo', 'éclair', 'eclair', 'Eclair', 'co-op', 'coop', 'x1', 'x10', 'x2', 'résumé', 'resume', 'Resume', 'naïve', 'naive', '$5', '#tag', '@me', '~', 'hello world', 'HELLO'];
console.log(JSON.stringify([...words].sort(new Intl.Collator('en').compare)));
console.log(JSON.stringify([...words].sort((a, b) => a.localeCompare(b))));
console.log(JSON.stringify([...words].sort(new Intl.Collator('en', { numeric: true }).compare)));
console.log(JSON.stringify([...words].sort(new Intl.Collator('en', { caseFirst: 'upper' }).compare)));
let chars = [];
for (let i = 32; i < 127; i++) chars.push(String.fromCharCode(i));
console.log(JSON.stringify(chars.sort(new Intl.Collator('en').compare).join('')));
console.log(JSON.stringify(['item10', 'item9', 'Item2', 'item2', 'v2.0.10', 'v2.0.9', 'file1.txt', 'file10.txt', 'file2.txt'].sort(new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare)));
