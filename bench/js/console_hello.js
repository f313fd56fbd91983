// Start-up plus the first console.log (loads console, inspect, streams).
console.log('hello');
