const { show } = require('./_h');
show('self-ref', () => require('self-ref'));
show('self-ref helper same', () => require('self-ref').helper === require('self-ref/helper'));
