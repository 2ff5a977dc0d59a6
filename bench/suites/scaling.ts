/**
 * Scaling with the household size: the marginal cost of one more household member (the time
 * difference between two sizes over the members added), from 10 to 100 and from 100 to 1,000.
 * Flat means linear: the ratio of the later to the earlier marginal cost is near 1. The peers
 * and JSON.parse are timed at the smaller sizes for the curve.
 */
import { compile } from '../../src/validate/compile.js';
import { interleave, median, type Settings, spread } from '../harness.js';
import { formioComponents, formioValidate } from '../peers/formio.js';
import { surveyData, surveyJson, surveyModel, surveyValidate } from '../peers/survey.js';
import { renderSvg, type ScalingPoint } from '../report.js';
import { ms, type Section } from '../result.js';
import { alg2Data, alg2Unbounded, assertHonest, REFERENCE_DATE } from '../workloads.js';

export function scalingSuite(options: Settings): Section {
  const sizes = options.quick ? [10, 100, 300] : [10, 100, 1000];
  const form = compile(alg2Unbounded);
  const inputs = new Map(sizes.map((members) => [members, alg2Data(members)]));
  const contenders: Record<string, () => unknown> = {};
  for (const [members, data] of inputs) {
    assertHonest(form.validate(data, { referenceDate: REFERENCE_DATE }).issues, `${members} members`);
    contenders[String(members)] = () => form.validate(data, { referenceDate: REFERENCE_DATE });
  }
  console.log(`scaling: ${sizes.join(', ')} members`);
  const t = interleave(contenders, options);
  const [a, b, c] = sizes as [number, number, number];
  const marginal = (from: number, to: number, round: number) =>
    ((t[String(to)]?.[round] as number) - (t[String(from)]?.[round] as number)) / (to - from);
  const rounds = t[String(a)]?.map((_, round) => round) ?? [];
  const early = spread(rounds.map((round) => marginal(a, b, round)));
  const late = spread(rounds.map((round) => marginal(b, c, round)));
  const flatness = spread(rounds.map((round) => marginal(b, c, round) / marginal(a, b, round)));

  // The curve: per-member time of antrag, the peers (models built once) and JSON.parse.
  const peerSizes = options.quick ? [1, 10] : [1, 10, 100];
  const formio = formioComponents(alg2Unbounded);
  const survey = surveyModel(surveyJson(alg2Unbounded));
  const points: ScalingPoint[] = [];
  for (const members of [...new Set([...peerSizes, ...sizes])].sort((x, y) => x - y)) {
    const data = inputs.get(members) ?? alg2Data(members);
    const json = JSON.stringify(data);
    const surveyInput = surveyData(alg2Unbounded, data);
    const peers = peerSizes.includes(members);
    const p = interleave(
      {
        antrag: () => form.validate(data, { referenceDate: REFERENCE_DATE }),
        json: () => JSON.parse(json),
        ...(peers
          ? { formio: () => formioValidate(formio, data), survey: () => surveyValidate(survey, surveyInput) }
          : {}),
      },
      { ...options, rounds: 1, batchMs: Math.min(options.batchMs, 30) },
    );
    points.push({
      members,
      antrag: median(p, 'antrag'),
      json: median(p, 'json'),
      formio: peers ? median(p, 'formio') : Number.NaN,
      survey: peers ? median(p, 'survey') : Number.NaN,
    });
  }
  return {
    title: 'Scaling with the household size',
    text: 'The marginal cost per member is the time added by the members between two sizes, divided by their number (per round, sizes interleaved), so fixed costs do not hide or fake linearity. ![per-member time against household size](benchmarks.svg)',
    tables: [
      {
        head: ['members', 'antrag validate ms', 'marginal ms per member'],
        rows: sizes.map((members, i) => [
          String(members),
          ms(median(t, String(members))),
          i === 0 ? '' : ms((i === 1 ? early : late).median),
        ]),
      },
      {
        caption: 'Per-member time for the curve (one round each)',
        head: [
          'members',
          'antrag ms/member',
          '@formio/core ms/member',
          'survey-core ms/member',
          'JSON.parse ms/member',
        ],
        rows: points.map((point) => [
          String(point.members),
          ms(point.antrag / point.members),
          ms(point.formio / point.members),
          ms(point.survey / point.members),
          ms(point.json / point.members),
        ]),
      },
    ],
    targets: [
      {
        name: `marginal cost per member flat: ${b}→${c} vs ${a}→${b}`,
        ratio: flatness,
        goal: 1.2,
        better: 'lower',
        unit: '×',
        whenMissed:
          'a cost that grows with the household: rules that count over the household are evaluated once per member (quadratic), or the garbage collector works harder on the larger data.',
        profile: contenders[String(c)] as () => unknown,
      },
    ],
    svg: { name: 'benchmarks.svg', content: renderSvg(points) },
  };
}
