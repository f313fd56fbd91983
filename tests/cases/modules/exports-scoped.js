const { show } = require('./_h');
show('@scope/pkg', () => require('@scope/pkg'));
show('@scope/pkg/util', () => require('@scope/pkg/util'));
show('@scope/pkg/nope', () => require('@scope/pkg/nope'));
show('@scope/missing', () => require('@scope/missing'));
show('@scope', () => require('@scope'));
show('resolve @scope/pkg/util', () => require.resolve('@scope/pkg/util'));
