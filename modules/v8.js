'use strict';
// v8: heap statistics from the engine's linear memory; serialization
// (structured clone to bytes) is not implemented.

const { stubFunction, stubClass } = require('internal/not_implemented');

function getHeapStatistics() {
  const { heapTotal, heapUsed, external } = process.memoryUsage();
  return {
    total_heap_size: heapTotal, total_heap_size_executable: 0, total_physical_size: heapTotal,
    total_available_size: 2 ** 31 - heapUsed, used_heap_size: heapUsed, heap_size_limit: 2 ** 31,
    malloced_memory: external, peak_malloced_memory: external, does_zap_garbage: 0,
    number_of_native_contexts: 1, number_of_detached_contexts: 0, total_global_handles_size: 0,
    used_global_handles_size: 0, external_memory: external,
  };
}

module.exports = {
  cachedDataVersionTag() { return 0; },
  getHeapStatistics,
  getHeapSpaceStatistics() { return []; },
  getHeapCodeStatistics() { return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 }; },
  getHeapSnapshot: stubFunction('v8.getHeapSnapshot'),
  writeHeapSnapshot: stubFunction('v8.writeHeapSnapshot'),
  setFlagsFromString() {},
  setHeapSnapshotNearHeapLimit() {},
  takeCoverage() {},
  stopCoverage() {},
  serialize: stubFunction('v8.serialize'),
  deserialize: stubFunction('v8.deserialize'),
  Serializer: stubClass('v8.Serializer'),
  Deserializer: stubClass('v8.Deserializer'),
  DefaultSerializer: stubClass('v8.DefaultSerializer'),
  DefaultDeserializer: stubClass('v8.DefaultDeserializer'),
  promiseHooks: { onInit() {}, onSettled() {}, onBefore() {}, onAfter() {}, createHook() { return () => {}; } },
  startupSnapshot: { isBuildingSnapshot() { return false; } },
};
