// flags: --no-network-family-autoselection
// The command line's --no-network-family-autoselection turns happy
// eyeballs off by default; setDefaultAutoSelectFamily still overrides it.
const net = require('net');
console.log('default', net.getDefaultAutoSelectFamily());
net.setDefaultAutoSelectFamily(true);
console.log('after set', net.getDefaultAutoSelectFamily());
