// The LDAP search filter checker: the filter a technician types is parsed here, in the renderer as they
// type and in main before anything is sent, and a mistake is reported with its position. It never throws;
// it only says whether the text is a filter (nothing is built from it here).
//
// One grammar: RFC 4515 (with extensible matching, e.g. the AD nested-group rule
// (memberOf:1.2.840.113556.1.4.1941:=cn=x,dc=y)) as far as ldapts, which sends the filter, parses it.
// ldapts takes attribute names only (no numeric OID such as 1.2.3, no option such as ;lang-en), so those are
// refused here with a reason; like ldapts, a filter without its outer brackets (cn=a) is read as (cn=a).
// Whatever passes here ldapts parses to the same filter (test/unit/ldap/ldap-filter-agreement.test.ts).

type LdapFilterProblem =
  | 'empty'
  | 'expectedOpen'
  | 'expectedClose'
  | 'attribute'
  | 'attributeOption'
  | 'numericAttribute'
  | 'operator'
  | 'escape'
  | 'parenthesisInValue'
  | 'asterisk'
  | 'emptyList'
  | 'matchingRule'
  | 'trailing'
  | 'tooDeep';

export type LdapFilterCheck = { ok: true } | { ok: false; problem: LdapFilterProblem; /** 0-based index into the text */ position: number };

const MAX_DEPTH = 50;

class FilterSyntaxError {
  constructor(
    readonly problem: LdapFilterProblem,
    readonly position: number,
  ) {}
}

const isAlpha = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isKeyChar = (c: string | undefined) => isAlpha(c) || isDigit(c) || c === '-';
const isHex = (c: string | undefined) => c !== undefined && /[0-9A-Fa-f]/.test(c);

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parse(): void {
    this.filter(0);
    if (this.pos < this.text.length) throw new FilterSyntaxError('trailing', this.pos);
  }

  private fail(problem: LdapFilterProblem, at = this.pos): never {
    throw new FilterSyntaxError(problem, at);
  }

  private filter(depth: number): void {
    if (depth > MAX_DEPTH) this.fail('tooDeep');
    if (this.text[this.pos] !== '(') this.fail('expectedOpen');
    this.pos++;
    const c = this.text[this.pos];
    if (c === '&' || c === '|') {
      this.pos++;
      if (this.text[this.pos] !== '(') this.fail(this.text[this.pos] === ')' ? 'emptyList' : 'expectedOpen');
      while (this.text[this.pos] === '(') this.filter(depth + 1);
    } else if (c === '!') {
      this.pos++;
      this.filter(depth + 1);
    } else {
      this.item();
    }
    if (this.text[this.pos] !== ')') this.fail('expectedClose');
    this.pos++;
  }

  /** attr (= | ~= | >= | <=) value, attr=*, a substring, or an extensible match. */
  private item(): void {
    const start = this.pos;
    const hasAttribute = this.text[this.pos] !== ':';
    if (hasAttribute) this.attributeDescription();
    if (this.text[this.pos] === ':') {
      this.extensible(start, hasAttribute);
      return;
    }
    const c = this.text[this.pos];
    if ((c === '~' || c === '>' || c === '<') && this.text[this.pos + 1] === '=') {
      this.pos += 2;
      this.value(false);
      return;
    }
    if (c !== '=') this.fail('operator');
    this.pos++;
    // After "=": a presence (*), a substring (with *), or an equality value.
    this.value(true);
  }

  private extensible(start: number, hasAttribute: boolean): void {
    if (this.text.slice(this.pos, this.pos + 3).toLowerCase() === ':dn' && !isKeyChar(this.text[this.pos + 3])) this.pos += 3;
    let rule = false;
    if (this.text[this.pos] === ':' && this.text[this.pos + 1] !== '=') {
      this.pos++;
      const ruleStart = this.pos;
      if (!this.oid()) this.fail('matchingRule', ruleStart);
      rule = true;
    }
    if (!hasAttribute && !rule) this.fail('matchingRule', start);
    if (!this.text.startsWith(':=', this.pos)) this.fail('operator');
    this.pos += 2;
    this.value(false);
  }

  /** An attribute name (a descriptor); ldapts sends neither numeric OIDs nor options such as ;lang-en. */
  private attributeDescription(): void {
    const start = this.pos;
    if (isDigit(this.text[this.pos])) this.fail(this.oid() ? 'numericAttribute' : 'attribute', start);
    if (!isAlpha(this.text[this.pos])) this.fail('attribute');
    while (isKeyChar(this.text[this.pos])) this.pos++;
    if (this.text[this.pos] === ';') this.fail('attributeOption');
  }

  /** A descriptor (letters, digits, hyphens, starting with a letter) or a numeric OID. */
  private oid(): boolean {
    const start = this.pos;
    if (isAlpha(this.text[this.pos])) {
      while (isKeyChar(this.text[this.pos])) this.pos++;
      return true;
    }
    while (isDigit(this.text[this.pos])) {
      while (isDigit(this.text[this.pos])) this.pos++;
      if (this.text[this.pos] !== '.' || !isDigit(this.text[this.pos + 1])) break;
      this.pos++;
    }
    return this.pos > start && this.text.slice(start, this.pos).includes('.');
  }

  /** A value up to the closing bracket; "*" only where a substring or presence is allowed. */
  private value(asterisksAllowed: boolean): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === ')') return;
      if (c === '(' || c === '\u0000') this.fail('parenthesisInValue');
      if (c === '*' && (!asterisksAllowed || this.text[this.pos + 1] === '*'))
        this.fail('asterisk', c === '*' && asterisksAllowed ? this.pos + 1 : this.pos);
      if (c === '\\') {
        if (!isHex(this.text[this.pos + 1]) || !isHex(this.text[this.pos + 2])) this.fail('escape');
        this.pos += 3;
        continue;
      }
      this.pos++;
    }
  }
}

/** Whether `text` is an RFC 4515 filter; if not, what is wrong and where. */
export function checkLdapFilter(text: string): LdapFilterCheck {
  if (text.trim() === '') return { ok: false, problem: 'empty', position: 0 };
  // As ldapts does: a filter without its outer brackets is the filter inside them.
  const wrapped = !text.startsWith('(');
  try {
    new Parser(wrapped ? `(${text})` : text).parse();
    return { ok: true };
  } catch (error) {
    if (error instanceof FilterSyntaxError) {
      const position = Math.min(text.length, Math.max(0, error.position - (wrapped ? 1 : 0)));
      return { ok: false, problem: error.problem, position };
    }
    return { ok: false, problem: 'expectedOpen', position: 0 };
  }
}
