/**
 * Where a student's revision progress lives: IndexedDB in this browser, never sent
 * anywhere. Where IndexedDB cannot be opened (some browsers on file://, private
 * windows), localStorage; where neither works, memory only, and the page says so.
 * Shared by the revision page and the home page's <due-count>.
 */

/** An FSRS card as stored: dates as ISO strings, so that JSON export and localStorage keep them. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review?: string;
}

export interface StoredReview {
  card: string;
  /** 1 À revoir, 2 Difficile, 3 Bien, 4 Facile. */
  rating: number;
  /** The card's state before this review. */
  state: number;
  review: string;
}

export interface Progress {
  cards: Record<string, StoredCard>;
  reviews: StoredReview[];
}

export interface Store {
  kind: 'indexeddb' | 'localstorage' | 'memory';
  load(): Promise<Progress>;
  save(id: string, card: StoredCard, review: StoredReview): Promise<void>;
  replace(progress: Progress): Promise<void>;
  /** The ids of the cards the site has now (the home page counts only those). */
  setKnown(ids: string[]): Promise<void>;
  known(): Promise<string[] | undefined>;
}

const NAME = 'atlas-ml-revision';
const empty = (): Progress => ({ cards: {}, reviews: [] });
const done = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
const finished = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Some browsers never answer (a blocked upgrade): give up after two seconds.
    const timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), 2000);
    try {
      const request = indexedDB.open(NAME, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('cards');
        db.createObjectStore('reviews', { autoIncrement: true });
        db.createObjectStore('meta');
      };
      request.onsuccess = () => {
        clearTimeout(timer);
        resolve(request.result);
      };
      request.onerror = () => {
        clearTimeout(timer);
        reject(request.error);
      };
    } catch (error) {
      clearTimeout(timer);
      reject(error);
    }
  });
}

function indexedDbStore(db: IDBDatabase): Store {
  return {
    kind: 'indexeddb',
    async load() {
      const tx = db.transaction(['cards', 'reviews'], 'readonly');
      const cards = tx.objectStore('cards');
      const [keys, values, reviews] = await Promise.all([
        done(cards.getAllKeys()),
        done(cards.getAll()),
        done(tx.objectStore('reviews').getAll()),
      ]);
      const progress = empty();
      keys.forEach((k, i) => {
        progress.cards[String(k)] = values[i] as StoredCard;
      });
      progress.reviews = reviews as StoredReview[];
      return progress;
    },
    async save(id, card, review) {
      const tx = db.transaction(['cards', 'reviews'], 'readwrite');
      tx.objectStore('cards').put(card, id);
      tx.objectStore('reviews').add(review);
      await finished(tx);
    },
    async replace(progress) {
      const tx = db.transaction(['cards', 'reviews'], 'readwrite');
      const cards = tx.objectStore('cards');
      const reviews = tx.objectStore('reviews');
      cards.clear();
      reviews.clear();
      for (const [id, card] of Object.entries(progress.cards)) cards.put(card, id);
      for (const r of progress.reviews) reviews.add(r);
      await finished(tx);
    },
    async setKnown(ids) {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put(ids, 'known');
      await finished(tx);
    },
    async known() {
      return (await done(db.transaction('meta', 'readonly').objectStore('meta').get('known'))) as string[] | undefined;
    },
  };
}

function localStore(storage: Storage): Store {
  const read = (): Progress & { known?: string[] } => {
    try {
      return { ...empty(), ...JSON.parse(storage.getItem(NAME) ?? '{}') };
    } catch {
      return empty();
    }
  };
  const write = (value: Progress & { known?: string[] }) => storage.setItem(NAME, JSON.stringify(value));
  return {
    kind: 'localstorage',
    async load() {
      const { cards, reviews } = read();
      return { cards, reviews };
    },
    async save(id, card, review) {
      const value = read();
      value.cards[id] = card;
      value.reviews.push(review);
      write(value);
    },
    async replace(progress) {
      write({ ...progress, known: read().known });
    },
    async setKnown(ids) {
      write({ ...read(), known: ids });
    },
    async known() {
      return read().known;
    },
  };
}

function memoryStore(): Store {
  let value: Progress & { known?: string[] } = empty();
  return {
    kind: 'memory',
    async load() {
      return structuredClone({ cards: value.cards, reviews: value.reviews });
    },
    async save(id, card, review) {
      value.cards[id] = card;
      value.reviews.push(review);
    },
    async replace(progress) {
      value = { ...structuredClone(progress), known: value.known };
    },
    async setKnown(ids) {
      value.known = ids;
    },
    async known() {
      return value.known;
    },
  };
}

/** The best store this browser offers; `?stockage=local` or `?stockage=memoire` in the address forces a fallback (tests). */
export async function openStore(): Promise<Store> {
  const forced = new URLSearchParams(location.search).get('stockage');
  if (forced !== 'local' && forced !== 'memoire') {
    try {
      return indexedDbStore(await openDb());
    } catch {
      // Fall through: localStorage, then memory.
    }
  }
  if (forced !== 'memoire') {
    try {
      const probe = `${NAME}-probe`;
      localStorage.setItem(probe, '1');
      localStorage.removeItem(probe);
      return localStore(localStorage);
    } catch {
      // Fall through: memory.
    }
  }
  return memoryStore();
}

/** The end of the local day: a card due before it is due "today". */
export function endOfToday(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/** Cards (among `known`, when given) due by the end of today. */
export function dueCount(progress: Progress, now: number, known?: Iterable<string>): number {
  const end = endOfToday(now);
  const ids = known ? new Set(known) : undefined;
  return Object.entries(progress.cards).filter(([id, c]) => (!ids || ids.has(id)) && Date.parse(c.due) < end).length;
}
