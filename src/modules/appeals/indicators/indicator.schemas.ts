import { Type } from '@sinclair/typebox';
import { Day as SharedDay, Id, Label, Nullable } from '../../../platform/http/schemas.js';
import { MAX_PERIOD_DAYS } from './indicator.rules.js';
import { COUNTERS, type Counter, type CountFigures } from './indicator.counters.js';

export const indicatorTags = ['appeals'];

export const Day = SharedDay({ description: 'YYYY-MM-DD (Asia/Shanghai)' });
const Rate = Nullable(Type.Number({ description: 'a share between 0 and 1; null when there is nothing to divide by' }));
export const Count = Type.Integer({ minimum: 0 });

export const IndicatorQuery = Type.Object(
  {
    departmentId: Type.Optional(Id({ description: 'one department (with its street teams) within the unit; department staff: their own by default' })),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
  },
  { description: `a period of at most ${MAX_PERIOD_DAYS} days; this year so far by default` },
);

export const SeriesQuery = Type.Composite([
  IndicatorQuery,
  Type.Object({ interval: Type.Optional(Type.Union([Type.Literal('week'), Type.Literal('month')])) }),
]);
export const RankingQuery = Type.Composite([
  IndicatorQuery,
  Type.Object({ minVolume: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'fewest valid orders to be ranked (default 10)' })) }),
]);

export const Figures = Type.Object({
  ...(Object.fromEntries(Object.values(COUNTERS).flatMap((c: Counter) => (c.figure ? [[c.figure, Count]] : []))) as Record<keyof CountFigures, typeof Count>),
  avgAcceptMinutes: Nullable(Type.Number({ description: 'mean working minutes from receipt to acceptance' })),
  onTimeRate: Rate,
  resolutionRate: Rate,
  satisfactionRate: Rate,
  reopenRate: Rate,
});

export const Period = Type.Object({ from: Type.String(), to: Type.String() });
export const Subject = {
  unit: Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String() }),
  department: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
};

export const IndicatorSummary = Type.Object({
  ...Subject,
  period: Period,
  previousPeriod: Period,
  current: Figures,
  previous: Figures,
  change: Type.Object(
    {
      received: Rate,
      receivedDifference: Type.Integer(),
      avgAcceptMinutes: Rate,
      onTimeRate: Rate,
      resolutionRate: Rate,
      satisfactionRate: Rate,
      reopenRate: Rate,
      supervised: Type.Integer(),
    },
    {
      description: 'relative change of volume and acceptance time; differences of rates (0.05 = five points); null where the base is below minComparisonBase',
    },
  ),
  minComparisonBase: Type.Integer({ description: 'below this many orders a change is given as counts, not as a percentage' }),
  byChannel: Type.Array(Type.Object({ channel: Type.String(), name: Label, figures: Figures })),
  byCategory: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Label,
      figures: Figures,
      subcategories: Type.Array(Type.Object({ code: Type.String(), name: Label, received: Count })),
    }),
  ),
});

export const IndicatorSeries = Type.Object({
  ...Subject,
  period: Period,
  interval: Type.Union([Type.Literal('week'), Type.Literal('month')]),
  points: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), figures: Figures })),
});

const Rank = Nullable(Type.Integer({ minimum: 1 }));
const RankRow = Type.Object({
  kind: Type.Union([Type.Literal('street'), Type.Literal('committee'), Type.Literal('department')]),
  id: Type.Integer(),
  name: Type.String(),
  figures: Figures,
  ranks: Type.Object({ onTimeRate: Rank, resolutionRate: Rank, satisfactionRate: Rank }),
  score: Nullable(Type.Number({ description: 'mean of the ranked rates' })),
});

export const Rankings = Type.Object({
  ...Subject,
  period: Period,
  minVolume: Type.Integer(),
  unitLevel: Nullable(Type.Union([Type.Literal('street'), Type.Literal('committee')])),
  units: Type.Array(RankRow),
  departments: Type.Array(RankRow),
  summons: Type.Array(
    Type.Object({
      kind: Type.Union([Type.Literal('department'), Type.Literal('street')]),
      id: Type.Integer(),
      name: Type.String(),
      invited: Count,
      responded: Count,
      respondedOnTime: Count,
      met: Count,
      resolved: Count,
      unresolved: Count,
      resolutionRate: Rate,
      committeeRating: Nullable(Type.Number()),
    }),
  ),
});

export const IndicatorOptions = Type.Object({
  units: Type.Array(
    Type.Object({ id: Type.Integer(), districtId: Type.Integer(), type: Type.String(), name: Type.String(), parentId: Nullable(Type.Integer()) }),
  ),
  departments: Type.Array(
    Type.Object({
      id: Type.Integer(),
      districtId: Type.Integer(),
      name: Type.String(),
      parentId: Nullable(Type.Integer()),
      streetId: Nullable(Type.Integer()),
    }),
  ),
  defaultUnitId: Nullable(Type.Integer()),
  fixedDepartmentId: Nullable(Type.Integer()),
});
