/**
 * The Bürgergeld application against the SGB II, at the boundaries: the 15th birthday, the age
 * limit of § 7a by year of birth (end of the month in which the age is completed), five years
 * and three months of residence, the 25th birthday of a child. Each test names the provision;
 * the expected dates are worked out by hand (§§ 187, 188 BGB), not computed by the library.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { messageErrors } from '../../test/support/message-errors.js';
import { type Data, ruleHarness } from '../../test/support/rule-harness.js';
import { alg2 } from './form.js';

/** `antrag(change)`: the valid example (married couple, two children, applied for on 2026-02-02) with a change. */
const { form, valid, errors, changed: antrag, unseenRules } = ruleHarness(alg2, 'examples/alg2/valid.json');

/** A single applicant (no household, no income) born on `geburtsdatum`, applying on `antragsdatum`. */
function allein(geburtsdatum: string, antragsdatum: string, change: (d: Data) => void = () => {}): Data {
  return antrag((d) => {
    d.antragsdatum = antragsdatum;
    d.antragsteller.geburtsdatum = geburtsdatum;
    d.antragsteller.familienstand = 'LD';
    delete d.antragsteller.einkommen;
    delete d.haushalt;
    d.einkommenGesamt = 0;
    d.anlagen = ['KDU'];
    change(d);
  });
}

const person = (extra: Data) => ({
  familienname: 'Schmidt',
  vornamen: 'Alex',
  geschlecht: 'x',
  geburtsdatum: '2000-01-01',
  staatsangehoerigkeit: ['000'],
  familienstand: 'LD',
  verwandtschaft: 'sonstige',
  erwerbsfaehig: 'ja',
  ...extra,
});

describe('Alter (§ 7 Abs. 1 Satz 1 Nr. 1, § 7a SGB II)', () => {
  const ALTER = 'ALG2_ALTER /antragsteller/geburtsdatum';

  it('§ 7 Abs. 1 Satz 1 Nr. 1: from the 15th birthday on (born 2011-02-02: fine on 2026-02-02; born 2011-02-03: not yet)', () => {
    expect(errors(allein('2011-02-02', '2026-02-02'))).toEqual([]);
    expect(errors(allein('2011-02-03', '2026-02-02'))).toEqual([ALTER]);
  });

  it('§ 7a Satz 2: born 1960 (66 years and 4 months): born 1960-05-01 completes it with 2026-08-31, entitled to the end of August; born 1960-05-02: to the end of September', () => {
    expect(errors(allein('1960-05-01', '2026-08-31'))).toEqual([]);
    expect(errors(allein('1960-05-01', '2026-09-01'))).toEqual([ALTER]);
    expect(errors(allein('1960-05-02', '2026-09-30'))).toEqual([]);
    expect(errors(allein('1960-05-02', '2026-10-01'))).toEqual([ALTER]);
  });

  it('§ 7a Satz 2: from 1964 on 67 years (born 1964-01-01: entitled to 2030-12-31); 1958: 66 years (born 1958-03-15: to 2024-03-31)', () => {
    expect(errors(allein('1964-01-01', '2030-12-31'))).toEqual([]);
    expect(errors(allein('1964-01-01', '2031-01-01'))).toEqual([ALTER]);
    expect(errors(allein('1958-03-15', '2024-03-31'))).toEqual([]);
    expect(errors(allein('1958-03-15', '2024-04-01'))).toEqual([ALTER]);
  });

  it('§ 7a Satz 2 with § 188 Abs. 3 BGB: born 1963-01-31, 66 years and 10 months completed with 2029-11-30: entitled to the end of November', () => {
    expect(errors(allein('1963-01-31', '2029-11-30'))).toEqual([]);
    expect(errors(allein('1963-01-31', '2029-12-01'))).toEqual([ALTER]);
  });

  it('§ 7a Satz 1: born before 1947, 65 years (born 1946-12-31: completed 2011-12-30, entitled to 2011-12-31)', () => {
    expect(errors(allein('1946-12-31', '2011-12-31'))).toEqual([]);
    expect(errors(allein('1946-12-31', '2012-01-01'))).toEqual([ALTER]);
  });
});

describe('Leistungsausschlüsse (§ 7 Abs. 1 Satz 2 bis 5, Abs. 4 SGB II)', () => {
  const auslaender = (aufenthaltsrecht: Data, antragsdatum = '2026-02-02') =>
    allein('1990-01-01', antragsdatum, (d) => {
      d.antragsteller.staatsangehoerigkeit = ['129'];
      d.antragsteller.aufenthaltsrecht = {
        grundlage: 'freizuegigkeit',
        erwerbstaetig: false,
        aufenthaltSeit: '2020-01-01',
        ...aufenthaltsrecht,
      };
    });
  const AUS = (field: string) => `ALG2_AUSSCHLUSS /antragsteller/aufenthaltsrecht/${field}`;

  it('§ 7 Abs. 1 Satz 1 Nr. 4: habitual residence in Germany', () => {
    expect(
      errors(
        allein('1990-01-01', '2026-02-02', (d) => (d.antragsteller.gewoehnlicherAufenthaltInland = false)),
      ),
    ).toEqual(['ALG2_AUFENTHALT /antragsteller/gewoehnlicherAufenthaltInland']);
  });

  it('the right of residence is stated by non-Germans only', () => {
    expect(errors(auslaender({}))).toEqual([]);
    expect(
      errors(allein('1990-01-01', '2026-02-02', (d) => (d.antragsteller.staatsangehoerigkeit = ['129']))),
    ).toEqual(['REQUIRED_IF /antragsteller/aufenthaltsrecht']);
    const deutsch = auslaender({});
    deutsch.antragsteller.staatsangehoerigkeit = ['000', '129'];
    expect(errors(deutsch)).toEqual(['NOT_RELEVANT /antragsteller/aufenthaltsrecht']);
  });

  it('Satz 2 Nr. 3: persons entitled under § 1 AsylbLG are excluded', () => {
    expect(errors(auslaender({ grundlage: 'asylblg' }))).toEqual([AUS('grundlage')]);
  });

  it('Satz 2 Nr. 2, Satz 4 and 5: without a right of residence or only for job search, except after five years since registration (registered 2021-02-01: fine on 2026-02-02; 2021-02-02: not yet)', () => {
    expect(errors(auslaender({ grundlage: 'arbeitsuche', aufenthaltSeit: '2021-02-01' }))).toEqual([]);
    expect(errors(auslaender({ grundlage: 'arbeitsuche', aufenthaltSeit: '2021-02-02' }))).toEqual([
      AUS('grundlage'),
    ]);
    expect(errors(auslaender({ grundlage: 'ohne', aufenthaltSeit: '2024-01-01' }))).toEqual([
      AUS('grundlage'),
    ]);
    expect(errors(auslaender({ grundlage: 'artikel10', aufenthaltSeit: '2024-01-01' }))).toEqual([
      AUS('grundlage'),
    ]);
  });

  it('Satz 2 Nr. 1, Satz 3: not in the first three months of residence (arrived 2025-11-01: fine on 2026-02-02; 2025-11-02: not yet), unless working or with a humanitarian title', () => {
    expect(errors(auslaender({ aufenthaltSeit: '2025-11-01' }))).toEqual([]);
    expect(errors(auslaender({ aufenthaltSeit: '2025-11-02' }))).toEqual([AUS('aufenthaltSeit')]);
    expect(errors(auslaender({ aufenthaltSeit: '2025-11-02', erwerbstaetig: true }))).toEqual([]);
    expect(errors(auslaender({ aufenthaltSeit: '2025-11-02', grundlage: 'humanitaer' }))).toEqual([]);
  });

  it('Abs. 4 Satz 1: no old-age pension', () => {
    expect(errors(antrag((d) => (d.antragsteller.altersrente = true)))).toEqual([
      'ALG2_AUSSCHLUSS /antragsteller/altersrente',
    ]);
  });

  it('Abs. 4 Satz 1 to 3: no stationary placement or custody, except hospital under six months or working 15 hours a week', () => {
    const in_ = (unterbringung: string) => antrag((d) => (d.antragsteller.unterbringung = unterbringung));
    expect(errors(in_('krankenhaus'))).toEqual([]);
    expect(errors(in_('erwerbstaetig'))).toEqual([]);
    expect(errors(in_('stationaer'))).toEqual(['ALG2_AUSSCHLUSS /antragsteller/unterbringung']);
    expect(errors(in_('freiheitsentziehung'))).toEqual(['ALG2_AUSSCHLUSS /antragsteller/unterbringung']);
  });

  it('Abs. 5 and 6: whether training is eligible under BAföG or SGB III is asked, and then whether an exception of Abs. 6 applies (the Jobcenter decides; § 27 benefits remain)', () => {
    const studium = (extra: Data) =>
      antrag((d) => Object.assign(d.antragsteller, { ausbildung: 'studium', ...extra }));
    expect(errors(studium({}))).toEqual(['REQUIRED_IF /antragsteller/bafoegFoerderungsfaehig']);
    expect(errors(studium({ bafoegFoerderungsfaehig: true }))).toEqual([
      'REQUIRED_IF /antragsteller/ausnahmeNach7Abs6',
    ]);
    expect(errors(studium({ bafoegFoerderungsfaehig: true, ausnahmeNach7Abs6: false }))).toEqual([]);
    expect(errors(studium({ bafoegFoerderungsfaehig: false, ausnahmeNach7Abs6: true }))).toEqual([
      'NOT_RELEVANT /antragsteller/ausnahmeNach7Abs6',
    ]);
    expect(errors(antrag((d) => (d.antragsteller.bafoegFoerderungsfaehig = true)))).toEqual([
      'NOT_RELEVANT /antragsteller/bafoegFoerderungsfaehig',
    ]);
  });
});

describe('Erwerbsfähigkeit (§ 7 Abs. 1 Satz 1 Nr. 2, Abs. 2, § 8 Abs. 1, § 44a Abs. 1 SGB II)', () => {
  it('the applicant is able to work, or it is being determined, or lives in a benefit community with someone who is', () => {
    expect(
      errors(allein('1990-01-01', '2026-02-02', (d) => (d.antragsteller.erwerbsfaehig = 'wirdFestgestellt'))),
    ).toEqual([]);
    expect(
      errors(allein('1990-01-01', '2026-02-02', (d) => (d.antragsteller.erwerbsfaehig = 'nein'))),
    ).toEqual(['ALG2_ERWERBSFAEHIG /antragsteller/erwerbsfaehig']);
    expect(errors(antrag((d) => (d.antragsteller.erwerbsfaehig = 'nein')))).toEqual([]);
  });

  it('household members count as able to work from their 15th birthday (born 2011-02-02 fine on 2026-02-02, 2011-02-03 not)', () => {
    const mitglied = (geburtsdatum: string, erwerbsfaehig: string) =>
      antrag((d) => {
        d.haushalt[1].geburtsdatum = geburtsdatum;
        d.haushalt[1].erwerbsfaehig = erwerbsfaehig;
      });
    expect(errors(mitglied('2011-02-02', 'ja'))).toEqual([]);
    expect(errors(mitglied('2011-02-03', 'ja'))).toEqual(['ALG2_ERWERBSFAEHIG /haushalt/1']);
    expect(errors(mitglied('2011-02-03', 'wirdFestgestellt'))).toEqual(['ALG2_ERWERBSFAEHIG /haushalt/1']);
    expect(errors(mitglied('2011-02-03', 'nein'))).toEqual([]);
  });
});

describe('Bedarfsgemeinschaft und Haushalt (§ 7 Abs. 3, § 9 Abs. 5 SGB II)', () => {
  it('§ 7 Abs. 3 Nr. 3: at most one partner, not counting one living permanently apart', () => {
    const zwei = (getrennt?: boolean) =>
      antrag((d) => {
        d.haushalt.push(person({ verwandtschaft: 'partner', vornamen: 'Kim' }));
        if (getrennt !== undefined) d.haushalt[0].dauerndGetrenntLebend = getrennt;
        d.anlagen.push('EK');
      });
    expect(errors(zwei())).toEqual(['ALG2_PARTNER /haushalt']);
    expect(errors(zwei(true))).toEqual([]);
  });

  it('§ 7 Abs. 3 Nr. 3, § 20 Abs. 2 Satz 1 SGB II: partners under 18 are possible (no age limit; the Regelbedarf rule presupposes minor partners)', () => {
    expect(
      errors(
        allein('2007-06-01', '2026-02-02', (d) => {
          d.haushalt = [person({ verwandtschaft: 'partner', geburtsdatum: '2008-09-01' })];
          d.anlagen = ['WEP', 'KDU'];
        }),
      ),
    ).toEqual([]);
  });

  it('§ 7 Abs. 3 Nr. 3 a and b: spouses are married (VH), registered partners LP; a married applicant names the spouse or declares living apart', () => {
    expect(errors(antrag((d) => (d.antragsteller.familienstand = 'LD')))).toEqual([
      'ALG2_FAMILIENSTAND /haushalt/0/verwandtschaft',
    ]);
    expect(errors(antrag((d) => (d.haushalt[0].familienstand = 'LP')))).toEqual([
      'ALG2_FAMILIENSTAND /haushalt/0/verwandtschaft',
    ]);
    const ohneEhegatte = (dauerndGetrenntLebend?: boolean) =>
      allein('1985-03-14', '2026-02-02', (d) => {
        d.antragsteller.familienstand = 'VH';
        if (dauerndGetrenntLebend !== undefined)
          d.antragsteller.dauerndGetrenntLebend = dauerndGetrenntLebend;
      });
    expect(errors(ohneEhegatte())).toEqual(['REQUIRED_IF /antragsteller/dauerndGetrenntLebend']);
    expect(errors(ohneEhegatte(true))).toEqual([]);
    expect(errors(ohneEhegatte(false))).toEqual(['ALG2_PARTNER /antragsteller/dauerndGetrenntLebend']);
    expect(
      errors(allein('1985-03-14', '2026-02-02', (d) => (d.antragsteller.dauerndGetrenntLebend = true))),
    ).toEqual(['NOT_RELEVANT /antragsteller/dauerndGetrenntLebend']);
    expect(errors(antrag((d) => (d.haushalt[1].dauerndGetrenntLebend = false)))).toEqual([
      'NOT_RELEVANT /haushalt/1/dauerndGetrenntLebend',
    ]);
  });

  it('§ 7 Abs. 3 Nr. 4: an unmarried child belongs to the benefit community until the 25th birthday, then only to the household (§ 9 Abs. 5: Anlage HG)', () => {
    const kind = (geburtsdatum: string, extra: Data = {}) =>
      antrag((d) => {
        d.haushalt[1] = { ...d.haushalt[1], geburtsdatum, ...extra };
        delete d.haushalt[1].ausbildung;
      });
    expect(errors(kind('2001-02-03', { bedarfsgemeinschaft: true }))).toEqual([]);
    expect(errors(kind('2001-02-02'))).toEqual(['ALG2_ANLAGE ']);
    expect(errors(kind('2001-02-02', { bedarfsgemeinschaft: true }))).toEqual([
      'ALG2_ANLAGE ',
      'CALCULATED_MISMATCH /haushalt/1/bedarfsgemeinschaft',
    ]);
    const mitHg = kind('2001-02-02', { bedarfsgemeinschaft: false });
    mitHg.anlagen.push('HG');
    expect(errors(mitHg)).toEqual([]);
    // A married child of 20 is no member of the benefit community either.
    expect(errors(kind('2006-01-01', { familienstand: 'VH', bedarfsgemeinschaft: false }))).toEqual([
      'ALG2_ANLAGE ',
    ]);
  });

  it('§ 7 Abs. 3 Nr. 2: parents belong to the benefit community of an unmarried applicant under 25 who is able to work (then Anlage WEP), otherwise to the household (Anlage HG)', () => {
    const mitEltern = (geburtsdatum: string, anlagen: string[]) =>
      allein(geburtsdatum, '2026-02-02', (d) => {
        d.haushalt = [
          person({ verwandtschaft: 'elternteil', geburtsdatum: '1970-01-01', familienstand: 'VH' }),
        ];
        d.anlagen = anlagen;
      });
    expect(errors(mitEltern('2001-02-03', ['WEP', 'KDU']))).toEqual([]);
    expect(errors(mitEltern('2001-02-02', ['WEP', 'KDU']))).toEqual(['ALG2_ANLAGE ']);
    expect(errors(mitEltern('2001-02-03', ['KDU']))).toEqual(['ALG2_ANLAGE ']);
    expect(errors(mitEltern('2001-02-02', ['HG', 'KDU']))).toEqual([]);
  });

  it('§ 21 Abs. 3: single parents have no partner in the benefit community and a minor child (a spouse living apart does not count)', () => {
    expect(errors(antrag((d) => (d.mehrbedarfe.alleinerziehend = true)))).toEqual([
      'ALG2_ALLEINERZIEHEND /mehrbedarfe/alleinerziehend',
    ]);
    expect(
      errors(
        antrag((d) => {
          d.mehrbedarfe.alleinerziehend = true;
          d.haushalt[0].dauerndGetrenntLebend = true;
        }),
      ),
    ).toEqual([]);
  });
});

describe('Anlagen (§ 60 SGB I) and the other rules of the form', () => {
  it('Anlage KI for children under 15, WEP for persons from 15 in the benefit community, EK for income, KDU for rent', () => {
    expect(errors(antrag((d) => (d.anlagen = ['WEP', 'EK', 'KDU'])))).toEqual(['ALG2_ANLAGE ']);
    expect(errors(antrag((d) => (d.anlagen = ['KI', 'EK', 'KDU'])))).toEqual(['ALG2_ANLAGE ']);
    expect(errors(antrag((d) => (d.anlagen = ['WEP', 'KI', 'KDU'])))).toEqual(['ALG2_ANLAGE ']);
    expect(errors(antrag((d) => (d.anlagen = ['WEP', 'KI', 'EK'])))).toEqual(['ALG2_ANLAGE ']);
  });

  it('§ 139b AO, § 147 SGB VI, § 42 SGB II: check digits of Steuer-ID, Rentenversicherungsnummer and IBAN', () => {
    expect(errors(antrag((d) => (d.antragsteller.steuerId = '86095742718')))).toEqual([
      'ALG2_STEUERID /antragsteller/steuerId',
    ]);
    expect(errors(antrag((d) => (d.antragsteller.rvNummer = '12140385M522')))).toEqual([
      'ALG2_RVNR /antragsteller/rvNummer',
    ]);
    expect(errors(antrag((d) => (d.bankverbindung.iban = 'DE89370400440532013001')))).toEqual([
      'ALG2_IBAN /bankverbindung/iban',
    ]);
  });

  it('§ 22 Abs. 1, § 11 Abs. 1 SGB II: the computed totals', () => {
    expect(errors(antrag((d) => (d.unterkunft.gesamtkosten = 995.81)))).toEqual([
      'CALCULATED_MISMATCH /unterkunft/gesamtkosten',
    ]);
    expect(errors(antrag((d) => (d.einkommenGesamt = 2238.01)))).toEqual([
      'CALCULATED_MISMATCH /einkommenGesamt',
    ]);
  });

  it('§ 21 Abs. 2 SGB II: the expected date of birth with a pregnancy, and only then', () => {
    expect(errors(antrag((d) => (d.mehrbedarfe.schwanger = true)))).toEqual([
      'REQUIRED_IF /mehrbedarfe/entbindungstermin',
    ]);
    expect(errors(antrag((d) => (d.mehrbedarfe.entbindungstermin = '2026-07-01')))).toEqual([
      'NOT_RELEVANT /mehrbedarfe/entbindungstermin',
    ]);
  });

  it('the shipped code lists (Familienstand DSMeld 2 among them): no CODE_LIST_NOT_LOADED; a foreign code is an error in JSON and XML', () => {
    const report = form.validate(valid, { referenceDate: valid.antragsdatum });
    expect(report.issues.map((i) => i.code)).not.toContain('CODE_LIST_NOT_LOADED');
    const wrong = antrag((d) => (d.haushalt[1].familienstand = 'ledig'));
    expect(errors(wrong)).toEqual(['CODE_NOT_IN_LIST /haushalt/1/familienstand']);
    expect(messageErrors(form, wrong, wrong.antragsdatum)).toEqual([
      'CODE_NOT_IN_LIST /haushalt/1/familienstand',
    ]);
  });
});

afterAll(() => {
  expect(unseenRules()).toEqual([]);
});
