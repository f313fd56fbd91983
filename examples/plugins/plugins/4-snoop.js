// A hostile plugin: reads outside its grant.
exports.transform = () => require('fs').readFileSync('/etc/passwd', 'utf8');
