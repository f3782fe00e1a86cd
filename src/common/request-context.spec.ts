import DataLoader from 'dataloader';
import { LoaderRegistry, mapNow } from './request-context.js';

describe('LoaderRegistry', () => {
  const counting = () => {
    const batches: string[][] = [];
    const create = () =>
      new DataLoader((ids: readonly string[]) => {
        batches.push([...ids]);
        return Promise.resolve(ids.map((id) => ({ id, from: 'loader' })));
      });
    return { batches, create };
  };

  it('gives a primed value at once, without a promise, and the loader has it too', async () => {
    const loaders = new LoaderRegistry();
    const { batches, create } = counting();
    loaders.prime('byId', create, 'a', { id: 'a', from: 'join' });
    expect(loaders.loadNow('byId', create, 'a')).toEqual({ id: 'a', from: 'join' });
    expect(await loaders.get('byId', create).load('a')).toEqual({ id: 'a', from: 'join' });
    expect(batches).toEqual([]);
  });

  it('loads what was not primed, batched, as a promise', async () => {
    const loaders = new LoaderRegistry();
    const { batches, create } = counting();
    const b = loaders.loadNow('byId', create, 'b');
    const c = loaders.loadNow('byId', create, 'c');
    expect(b).toBeInstanceOf(Promise);
    expect(await Promise.all([b, c])).toEqual([
      { id: 'b', from: 'loader' },
      { id: 'c', from: 'loader' },
    ]);
    expect(batches).toEqual([['b', 'c']]);
  });

  it('answers the same through the loader and loadNow: the latest value primed, even over one loaded', async () => {
    const loaders = new LoaderRegistry();
    const { create } = counting();
    expect(await loaders.get('byId', create).load('a')).toEqual({ id: 'a', from: 'loader' });
    loaders.prime('byId', create, 'a', { id: 'a', from: 'join' });
    expect(loaders.loadNow('byId', create, 'a')).toEqual({ id: 'a', from: 'join' });
    expect(await loaders.get('byId', create).load('a')).toEqual({ id: 'a', from: 'join' });
    loaders.prime('byId', create, 'a', { id: 'a', from: 'second join' });
    expect(loaders.loadNow('byId', create, 'a')).toEqual({ id: 'a', from: 'second join' });
    expect(await loaders.get('byId', create).load('a')).toEqual({ id: 'a', from: 'second join' });
  });
});

describe('mapNow', () => {
  it('maps a value at once and a promise later', async () => {
    expect(mapNow(2, (n) => n * 3)).toBe(6);
    const later = mapNow(Promise.resolve(2), (n) => n * 3);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(6);
  });
});
