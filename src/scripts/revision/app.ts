/**
 * The revision page (/reviser/): decks, flashcards and multiple choice, scheduled
 * by FSRS (schedule.ts), progress kept in the browser (store.ts). The cards and
 * their content come from the page itself (built by src/pages/reviser/index.astro):
 * nothing is fetched, so the page works offline and from file://.
 */
import type { RevisionCard, RevisionDeck } from '../../lib/exporters/revision';
import { grade, preview } from './schedule';
import { dueCount, endOfToday, openStore, type Progress, type StoredCard, type Store } from './store';

type Mode = 'cards' | 'mcq';
type Rating = 1 | 2 | 3 | 4;
/** New cards a day, across decks (Anki's default is 20 too). */
const NEW_PER_DAY = 20;
/** A card due within this delay (a learning step) comes back in the same session. */
const LEARN_AHEAD_MS = 20 * 60_000;
const DAY = 86_400_000;
const RATING_NAMES = ['', 'À revoir', 'Difficile', 'Bien', 'Facile'];

interface Session {
  deck: string;
  title: string;
  mode: Mode;
  queue: string[];
  /** Cards answered in this session, in order, with what was answered. */
  history: { id: string; rating: Rating; choice?: number }[];
  /** Index in history while looking back; undefined on the current card. */
  back?: number;
  revealed: boolean;
  /** In MCQ, the choice made on the current card. */
  choice?: number;
  total: number;
}

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;
/** A deck's count; a zero is marked, so that it is shown quiet (revision.css). */
const showCount = (cell: HTMLElement, n: number) => {
  cell.textContent = String(n);
  cell.toggleAttribute('data-zero', n === 0);
};

class RevisionApp extends HTMLElement {
  private store!: Store;
  private progress: Progress = { cards: {}, reviews: [] };
  private cards = new Map<string, RevisionCard>();
  private order: RevisionCard[] = [];
  private decks: RevisionDeck[] = [];
  private fragments = new Map<string, HTMLTemplateElement>();
  private session?: Session;

  async connectedCallback() {
    const data = JSON.parse(this.dataset.cards ?? '{}') as {
      decks: RevisionDeck[];
      cards: RevisionCard[];
    };
    this.order = data.cards;
    this.decks = data.decks;
    for (const c of data.cards) this.cards.set(c.id, c);
    for (const t of this.querySelectorAll<HTMLTemplateElement>('template[data-frag]'))
      this.fragments.set(t.dataset.frag!, t);

    this.store = await openStore();
    if (this.store.kind !== 'indexeddb') {
      const notice = $(this, '[data-rv-notice]');
      notice.textContent =
        this.store.kind === 'localstorage'
          ? 'Ce navigateur n’ouvre pas IndexedDB ici : votre progression est gardée dans le stockage local de la page (localStorage), sur cet appareil seulement.'
          : 'Ce navigateur ne permet pas d’enregistrer votre progression ici (fichier ouvert directement, navigation privée ?) : elle sera perdue en quittant la page. Exportez-la avant de partir, ou utilisez le site en ligne.';
      notice.hidden = false;
    }
    this.progress = await this.store.load();
    await this.store.setKnown(this.order.map((c) => c.id)).catch(() => undefined);
    this.bind();
    this.renderHome();
    this.dataset.ready = '';
  }

  private now() {
    return Date.now();
  }

  private inDeck(deck: string): RevisionCard[] {
    return this.order.filter((c) => c.deck === deck || c.deck.startsWith(`${deck}/`));
  }

  private newToday(): number {
    const start = endOfToday(this.now()) - DAY;
    return this.progress.reviews.filter((r) => r.state === 0 && Date.parse(r.review) >= start).length;
  }

  private isDue(id: string, by = endOfToday(this.now())) {
    const c = this.progress.cards[id];
    return !!c && Date.parse(c.due) < by;
  }

  // ---------- Home: decks and progress ----------

  private renderHome() {
    const end = endOfToday(this.now());
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-deck]')) {
      const deck = row.dataset.deck!;
      const list = deck === 'today' ? this.order : this.inDeck(deck);
      const due = list.filter((c) => this.isDue(c.id, end)).length;
      showCount($(row, '[data-due]'), due);
      if (deck !== 'today') showCount($(row, '[data-new]'), list.filter((c) => !this.progress.cards[c.id]).length);
    }
    const stored = this.order.map((c) => this.progress.cards[c.id]).filter((c): c is StoredCard => !!c);
    const stat = (name: string, value: string) => {
      $(this, `[data-stat="${name}"]`).textContent = value;
    };
    stat('learned', String(stored.filter((c) => c.state === 2).length));
    stat('learning', String(stored.filter((c) => c.state === 1 || c.state === 3).length));
    stat('new', String(this.order.length - stored.length));
    stat('due', String(dueCount(this.progress, this.now(), this.cards.keys())));
    const days = Array.from({ length: 7 }, (_, i) => {
      const from = end + i * DAY;
      return { from, count: stored.filter((c) => Date.parse(c.due) >= from && Date.parse(c.due) < from + DAY).length };
    });
    stat('week', String(days.reduce((a, d) => a + d.count, 0)));
    const learnedReviews = this.progress.reviews.filter((r) => r.state === 2).slice(-100);
    stat(
      'retention',
      learnedReviews.length
        ? `${Math.round((100 * learnedReviews.filter((r) => r.rating > 1).length) / learnedReviews.length)} % (sur ${learnedReviews.length})`
        : '–',
    );
    const max = Math.max(1, ...days.map((d) => d.count));
    const list = $(this, '[data-rv-days]');
    const dayName = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short' });
    list.replaceChildren(
      ...days.map((d, i) => {
        const li = document.createElement('li');
        const label = i === 0 ? 'demain' : dayName.format(new Date(d.from + DAY / 2));
        li.innerHTML = `<span class="rv-day"></span><span class="rv-bar" aria-hidden="true"><span></span></span><span class="rv-day-count"></span>`;
        $(li, '.rv-day').textContent = label;
        $(li, '.rv-day-count').textContent = `${d.count} carte${d.count > 1 ? 's' : ''}`;
        $(li, '.rv-bar > span').style.inlineSize = `${(100 * d.count) / max}%`;
        return li;
      }),
    );
  }

  // ---------- Sessions ----------

  private start(deck: string, mode: Mode) {
    const end = endOfToday(this.now());
    const list = deck === 'today' ? this.order : this.inDeck(deck);
    const due = list
      .filter((c) => this.isDue(c.id, end))
      .sort((a, b) => Date.parse(this.progress.cards[a.id]!.due) - Date.parse(this.progress.cards[b.id]!.due));
    const fresh =
      deck === 'today'
        ? []
        : list.filter((c) => !this.progress.cards[c.id]).slice(0, Math.max(0, NEW_PER_DAY - this.newToday()));
    const queue = [...due, ...fresh].map((c) => c.id);
    const title =
      deck === 'today'
        ? 'À revoir aujourd’hui'
        : (this.decks.flatMap((d) => [d, ...(d.children ?? [])]).find((d) => d.id === deck)?.title ?? deck);
    this.session = { deck, title, mode, queue, history: [], revealed: false, total: queue.length };
    $(this, '[data-rv-home]').hidden = true;
    $(this, '[data-rv-study]').hidden = false;
    $(this, '[data-rv-title]').textContent = `${title} · ${mode === 'mcq' ? 'QCM' : 'cartes'}`;
    this.dataset.mode = mode;
    this.show();
    $(this, '[data-rv-title]').focus();
  }

  private quit() {
    this.session = undefined;
    $(this, '[data-rv-study]').hidden = true;
    $(this, '[data-rv-home]').hidden = false;
    this.renderHome();
    $<HTMLElement>(this, '#paquets').setAttribute('tabindex', '-1');
    $(this, '#paquets').focus();
  }

  /** The fragment's nodes, cloned from its <template>. */
  private frag(id: string): DocumentFragment {
    const t = this.fragments.get(id);
    return t ? (t.content.cloneNode(true) as DocumentFragment) : document.createDocumentFragment();
  }

  /** Text for screen-reader announcements: KaTeX's visual half is dropped, its MathML kept. */
  private speak(nodes: Element): string {
    const copy = nodes.cloneNode(true) as Element;
    for (const el of copy.querySelectorAll('.katex-html, annotation, [aria-hidden="true"]')) el.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  private announce(text: string) {
    // A new paragraph each time, so that the same words are announced again.
    const p = document.createElement('p');
    p.textContent = text;
    $(this, '[data-rv-live]').replaceChildren(p);
  }

  private current(): RevisionCard | undefined {
    const s = this.session!;
    const id = s.back !== undefined ? s.history[s.back]?.id : s.queue[0];
    return id ? this.cards.get(id) : undefined;
  }

  private show() {
    const s = this.session!;
    const card = this.current();
    const front = $(this, '[data-rv-front]');
    const back = $(this, '[data-rv-back]');
    const choices = $(this, '[data-rv-choices]');
    const reveal = $<HTMLButtonElement>(this, '[data-rv-reveal]');
    const grades = $(this, '[data-rv-grades]');
    const next = $<HTMLButtonElement>(this, '[data-rv-next]');
    const prompt = $(this, '[data-rv-prompt]');
    const count = $(this, '[data-rv-count]');
    const box = $(this, '[data-rv-card]');
    const looking = s.back !== undefined ? s.history[s.back] : undefined;

    if (!card) {
      const reviewed = s.history.length;
      prompt.textContent = reviewed
        ? `Séance terminée : ${reviewed} réponse${reviewed > 1 ? 's' : ''}. Revenez quand des cartes seront à revoir.`
        : s.deck === 'today'
          ? 'Rien à revoir aujourd’hui. Choisissez un paquet pour découvrir de nouvelles cartes.'
          : 'Rien à réviser dans ce paquet pour aujourd’hui : les cartes reviendront à leur date, et la limite de 20 nouvelles cartes par jour est peut-être atteinte.';
      front.replaceChildren();
      back.replaceChildren();
      back.hidden = choices.hidden = grades.hidden = reveal.hidden = next.hidden = true;
      count.textContent = '';
      box.dataset.state = 'done';
      this.announce(prompt.textContent);
      $<HTMLButtonElement>(this, '[data-rv-quit]').focus();
      return;
    }

    const position = looking ? s.back! + 1 : s.history.length + 1;
    count.textContent = looking
      ? `Carte déjà vue ${position} · réponse : ${RATING_NAMES[looking.rating]}`
      : `Carte ${position} · ${s.queue.length} restante${s.queue.length > 1 ? 's' : ''}`;
    prompt.textContent = card.prompt;
    front.replaceChildren(...card.front.map((f) => this.fragBlock(f, card)));
    back.replaceChildren(...card.back.map((f) => this.fragBlock(f, card)), this.sourceLine(card));
    const revealed = !!looking || s.revealed;
    box.dataset.state = revealed ? 'back' : 'front';
    const mcq = s.mode === 'mcq' && card.choices.length > 1;

    if (mcq) {
      const chosen = looking ? looking.choice : s.choice;
      choices.hidden = false;
      choices.replaceChildren(
        ...card.choices.map((f, i) => {
          const li = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'rv-choice';
          button.dataset.choice = String(i);
          const key = document.createElement('kbd');
          key.textContent = String(i + 1);
          const body = document.createElement('span');
          body.className = 'rv-choice-body';
          body.append(this.frag(f));
          // A link inside a button cannot be reached nor followed: its text stays, the link goes.
          for (const a of body.querySelectorAll('a')) a.replaceWith(...a.childNodes);
          button.append(key, body);
          if (chosen !== undefined) {
            button.disabled = true;
            const mark = document.createElement('span');
            mark.className = 'rv-mark';
            if (i === card.answer) {
              button.dataset.result = 'right';
              mark.textContent = '✓ Bonne réponse';
            } else if (i === chosen) {
              button.dataset.result = 'wrong';
              mark.textContent = '✗ Votre réponse';
            }
            if (mark.textContent) button.append(mark);
          }
          li.append(button);
          return li;
        }),
      );
      back.hidden = true;
      reveal.hidden = true;
      grades.hidden = true;
      next.hidden = chosen === undefined;
    } else {
      choices.hidden = true;
      choices.replaceChildren();
      back.hidden = !revealed;
      reveal.hidden = revealed;
      grades.hidden = !revealed || !!looking;
      next.hidden = !looking;
      if (revealed && !looking) {
        const labels = preview(this.progress.cards[card.id], new Date(this.now()));
        for (const b of this.querySelectorAll<HTMLElement>('[data-rating]'))
          $(b, '[data-interval]').textContent = labels[Number(b.dataset.rating) - 1]!;
      }
    }
  }

  private fragBlock(id: string, card: RevisionCard): HTMLElement {
    const div = document.createElement('div');
    div.className = `rv-frag rv-${id.split(':').at(-1)}`;
    div.append(this.frag(id));
    if (card.kind === 'symbole' && id.endsWith(':tex')) div.classList.add('rv-symbol');
    return div;
  }

  private sourceLine(card: RevisionCard): HTMLElement {
    const p = document.createElement('p');
    p.className = 'rv-source';
    const a = document.createElement('a');
    a.href = card.source;
    a.textContent =
      card.kind === 'faq'
        ? 'La question dans la FAQ'
        : card.deck.startsWith('formules')
          ? 'La formule dans l’aide-mémoire'
          : 'La fiche du glossaire';
    p.append(a);
    if (card.site) {
      const note = document.createElement('span');
      note.className = 'rv-site-note';
      note.textContent =
        card.kind === 'symbole'
          ? ' · Explication du symbole rédigée par Atlas ML (pas dans la source).'
          : ' · Équivalents français proposés par Atlas ML (pas dans la source).';
      p.append(note);
    }
    return p;
  }

  private reveal() {
    const s = this.session;
    if (!s || s.back !== undefined || s.revealed || !s.queue.length || s.mode === 'mcq') return;
    s.revealed = true;
    this.show();
    this.announce(`Réponse : ${this.speak($(this, '[data-rv-back]'))}`);
    // Space again means "Bien", as in Anki.
    $<HTMLButtonElement>(this, '[data-rating="3"]').focus();
  }

  /** Grades the card at the head of the queue and stores the result at once (a reload keeps it). */
  private async record(rating: Rating) {
    const id = this.session!.queue[0]!;
    const now = new Date(this.now());
    const { card, review } = grade(id, this.progress.cards[id], rating, now);
    this.progress.cards[id] = card;
    this.progress.reviews.push(review);
    try {
      await this.store.save(id, card, review);
    } catch {
      $(this, '[data-rv-notice]').textContent =
        'Votre dernière réponse n’a pas pu être enregistrée dans ce navigateur (espace plein ?).';
      $(this, '[data-rv-notice]').hidden = false;
    }
  }

  /** Moves past the graded head of the queue. */
  private advance(rating: Rating, choice?: number) {
    const s = this.session!;
    const id = s.queue.shift()!;
    // Still learning (a step of minutes): back at the end of this session, as in Anki.
    if (Date.parse(this.progress.cards[id]!.due) - this.now() <= LEARN_AHEAD_MS) s.queue.push(id);
    s.history.push({ id, rating, choice });
    s.revealed = false;
    s.choice = undefined;
  }

  private async rate(rating: Rating) {
    const s = this.session;
    if (!s || s.back !== undefined || !s.revealed || s.mode === 'mcq') return;
    await this.record(rating);
    this.advance(rating);
    this.show();
    this.announceCard(`Noté « ${RATING_NAMES[rating]} ». `);
    this.focusAction();
  }

  private async choose(index: number) {
    const s = this.session;
    const card = this.current();
    if (!s || !card || s.back !== undefined || s.choice !== undefined || index >= card.choices.length) return;
    s.choice = index;
    const right = index === card.answer;
    // A right answer counts as "Bien", a wrong one as "À revoir".
    await this.record(right ? 3 : 1);
    this.show();
    const answer = this.speak($(this, `[data-choice="${card.answer}"] .rv-choice-body`));
    this.announce(right ? `Bonne réponse : ${answer}` : `Mauvaise réponse. La bonne réponse était : ${answer}`);
    $<HTMLButtonElement>(this, '[data-rv-next]').focus();
  }

  /** After an MCQ answer (already recorded): the next card. */
  private nextAfterChoice() {
    const s = this.session!;
    const card = this.current()!;
    const choice = s.choice!;
    this.advance(choice === card.answer ? 3 : 1, choice);
    this.show();
    this.announceCard('');
    this.focusAction();
  }

  private announceCard(before: string) {
    const card = this.current();
    if (!card) return;
    this.announce(
      `${before}${$(this, '[data-rv-count]').textContent}. ${card.prompt} ${this.speak($(this, '[data-rv-front]'))}`,
    );
  }

  private focusAction() {
    const s = this.session!;
    if (!this.current()) return;
    if (s.mode === 'mcq') this.querySelector<HTMLButtonElement>('.rv-choice:not(:disabled)')?.focus();
    else $<HTMLButtonElement>(this, '[data-rv-reveal]').focus();
  }

  /** ← and → (and swipes): look back at the cards answered, or skip the current one. */
  private move(step: -1 | 1) {
    const s = this.session;
    if (!s) return;
    if (step < 0) {
      if (s.back === 0 || !s.history.length) return;
      s.back = s.back === undefined ? s.history.length - 1 : s.back - 1;
    } else if (s.back !== undefined) {
      s.back = s.back + 1 < s.history.length ? s.back + 1 : undefined;
    } else if (s.queue.length > 1 && s.choice === undefined) {
      // Skipped, not graded: it waits at the end of the session.
      s.queue.push(s.queue.shift()!);
      s.revealed = false;
    } else return;
    this.show();
    this.announceCard('');
    if (s.back !== undefined) $<HTMLButtonElement>(this, '[data-rv-next]').focus();
    else this.focusAction();
  }

  // ---------- Events ----------

  private bind() {
    this.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      const start = target.closest<HTMLElement>('[data-start]');
      if (start) return this.start(start.dataset.start!, start.dataset.mode as Mode);
      if (target.closest('[data-rv-reveal]')) return this.reveal();
      const rating = target.closest<HTMLElement>('[data-rating]');
      if (rating) return void this.rate(Number(rating.dataset.rating) as Rating);
      const choice = target.closest<HTMLElement>('[data-choice]');
      if (choice) return void this.choose(Number(choice.dataset.choice));
      if (target.closest('[data-rv-next]')) {
        if (this.session?.back !== undefined) return this.move(1);
        return this.nextAfterChoice();
      }
      if (target.closest('[data-rv-quit]')) return this.quit();
      if (target.closest('[data-rv-export]')) return this.exportProgress();
      if (target.closest('[data-rv-reset]')) return $<HTMLDialogElement>(this, '[data-rv-confirm]').showModal();
      if (target.closest('[data-rv-confirm-no]')) return $<HTMLDialogElement>(this, '[data-rv-confirm]').close();
      if (target.closest('[data-rv-confirm-yes]')) return void this.reset();
      // A tap on the card's question turns it over (links inside are left alone).
      if (target.closest('[data-rv-card]') && !target.closest('a, button')) return this.reveal();
      // A tap anywhere on a deck's row studies its cards, as in Anki's deck list (the buttons stay
      // the way in for the keyboard and for the multiple choice).
      const deck = target.closest<HTMLElement>('tr[data-deck]');
      if (deck) return this.start(deck.dataset.deck!, 'cards');
    });
    $<HTMLInputElement>(this, '[data-rv-import]').addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void file.text().then((text) => this.importProgress(text));
      input.value = '';
    });

    document.addEventListener('keydown', (event) => {
      const s = this.session;
      if (!s || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, dialog, pagefind-modal, [contenteditable]')) return;
      const onButton = target.closest('button, a, summary');
      if (event.key === ' ' || event.key === 'Enter') {
        // A focused button does what Space or Enter says on it; elsewhere Space turns the card / goes on.
        if (onButton) return;
        if (event.key === 'Enter') return;
        event.preventDefault();
        if (s.back !== undefined) this.move(1);
        else if (s.mode === 'mcq' && s.choice !== undefined) this.nextAfterChoice();
        else this.reveal();
      } else if (/^[1-4]$/.test(event.key)) {
        event.preventDefault();
        const n = Number(event.key);
        if (s.mode === 'mcq' && (this.current()?.choices.length ?? 0) > 1) void this.choose(n - 1);
        else void this.rate(n as Rating);
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        this.move(event.key === 'ArrowLeft' ? -1 : 1);
      } else if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && target.closest('.rv-choice')) {
        // Up and down walk through the choices of a question.
        event.preventDefault();
        const all = [...this.querySelectorAll<HTMLButtonElement>('.rv-choice:not(:disabled)')];
        const i = all.indexOf(target.closest('.rv-choice')!);
        all[(i + (event.key === 'ArrowUp' ? all.length - 1 : 1)) % all.length]?.focus();
      } else if (event.key === 'Escape' && !document.querySelector('dialog[open]')) {
        this.quit();
      }
    });

    // Swipes on a phone: left goes on (like →), right looks back (like ←).
    const box = $(this, '[data-rv-card]');
    let startX = 0;
    let startY = 0;
    box.addEventListener('pointerdown', (e) => {
      startX = e.clientX;
      startY = e.clientY;
    });
    box.addEventListener('pointerup', (e) => {
      const dx = e.clientX - startX;
      const dy = e.clientY - startY;
      if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) this.move(dx < 0 ? 1 : -1);
    });
  }

  // ---------- Data: export, import, reset ----------

  private exportProgress() {
    const body = JSON.stringify(
      { format: 'atlas-ml-revision', version: 1, exported: new Date(this.now()).toISOString(), ...this.progress },
      null,
      1,
    );
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    a.download = `atlas-ml-revision-${new Date(this.now()).toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    this.status(
      `Progression exportée : ${Object.keys(this.progress.cards).length} cartes, ${this.progress.reviews.length} révisions.`,
    );
  }

  private async importProgress(text: string) {
    let incoming: Progress;
    try {
      const data = JSON.parse(text);
      if (data?.format !== 'atlas-ml-revision' || typeof data.cards !== 'object' || !Array.isArray(data.reviews))
        throw new Error('format');
      for (const c of Object.values(data.cards) as StoredCard[])
        if (typeof c?.due !== 'string' || Number.isNaN(Date.parse(c.due)) || typeof c.state !== 'number')
          throw new Error('card');
      incoming = { cards: data.cards, reviews: data.reviews };
    } catch {
      this.status('Ce fichier n’est pas une progression exportée par Atlas ML : rien n’a été importé.');
      return;
    }
    const merged: Progress = { cards: { ...this.progress.cards }, reviews: [...this.progress.reviews] };
    let updated = 0;
    for (const [id, card] of Object.entries(incoming.cards)) {
      const mine = merged.cards[id];
      if (!mine || Date.parse(card.last_review ?? '') > Date.parse(mine.last_review ?? '')) {
        merged.cards[id] = card;
        updated++;
      }
    }
    const seen = new Set(merged.reviews.map((r) => `${r.card}|${r.review}`));
    for (const r of incoming.reviews) if (!seen.has(`${r.card}|${r.review}`)) merged.reviews.push(r);
    merged.reviews.sort((a, b) => Date.parse(a.review) - Date.parse(b.review));
    await this.store.replace(merged);
    this.progress = merged;
    this.renderHome();
    this.status(
      `Progression importée : ${updated} carte${updated > 1 ? 's' : ''} mise${updated > 1 ? 's' : ''} à jour.`,
    );
  }

  private async reset() {
    $<HTMLDialogElement>(this, '[data-rv-confirm]').close();
    this.progress = { cards: {}, reviews: [] };
    await this.store.replace(this.progress);
    this.renderHome();
    this.status('Progression effacée.');
    $<HTMLButtonElement>(this, '[data-rv-reset]').focus();
  }

  private status(text: string) {
    $(this, '[data-rv-data-status]').textContent = text;
  }
}

customElements.define('revision-app', RevisionApp);
