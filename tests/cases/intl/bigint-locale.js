console.log((0n).toLocaleString(), (123n).toLocaleString(), (-1234567n).toLocaleString(), (123456789012345678901234567890n).toLocaleString());
console.log((1234n).toLocaleString('en-US', { style: 'currency', currency: 'USD' }));
console.log((1234n).toLocaleString('en-US', { notation: 'compact' }), (98765n).toLocaleString('en', { useGrouping: false }));
console.log(new Intl.NumberFormat('en').format(2n ** 70n));
console.log(JSON.stringify(new Intl.NumberFormat('en').formatToParts(-12345n)));
console.log(BigInt.prototype.toLocaleString.length, Number.prototype.toLocaleString.length);
