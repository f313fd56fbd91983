// A Dir left by break/return/throw in for await is closed; closing twice is ERR_DIR_CLOSED.
const fs = require('fs');
async function t(name, fn) { try { await fn(); console.log(name, 'ok'); } catch (e) { console.log(name, e.code); } }
(async () => {
  let dir = await fs.promises.opendir('/tmp'); for await (const d of dir) break; await t('after break', () => dir.read());
  dir = await fs.promises.opendir('/tmp'); await (async () => { for await (const d of dir) return; })(); await t('after return', () => dir.read());
  dir = await fs.promises.opendir('/tmp'); try { for await (const d of dir) throw new Error('x'); } catch {} await t('after throw', () => dir.read());
  dir = await fs.promises.opendir('/tmp'); await dir.close(); await t('close twice', () => dir.close());
  dir = fs.opendirSync('/tmp'); dir.closeSync(); await t('close after closeSync', () => dir.close());
  dir = fs.opendirSync('/tmp'); dir.closeSync(); try { dir.closeSync(); } catch (e) { console.log('closeSync twice', e.code); }
  dir = fs.opendirSync('/tmp'); dir.close(() => dir.close((err) => console.log('cb close twice', err && err.code)));
})();
