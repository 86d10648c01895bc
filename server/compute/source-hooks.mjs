// Only when the server runs from its TypeScript sources (the tests): Node strips the types of
// a .ts worker itself, but the sources import each other as "./x.js" (what tsc emits), so a
// specifier that does not exist as .js is tried as .ts. The built server never loads this.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw err;
      return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});
