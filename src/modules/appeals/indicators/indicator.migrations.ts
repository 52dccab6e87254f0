import { sql } from 'kysely';
import type { Migration } from '../../../platform/module.js';

/**
 * Indicators over a year must answer in well under a tenth of a second, and appeal_stat barely compresses:
 * one row per day × street × committee × department × channel × category is nearly one row per order (a
 * district's 500,000 orders a year make about as many rows). So:
 *
 * - appeal_stat gets indexes by street, committee and department, for the figures of one of them;
 * - appeal_stat_cube keeps a district's figures per day by one dimension at a time (channel, category,
 *   street, department): a few hundred rows a day, whatever the volume;
 * - the cube is not kept by triggers on appeal_order, whose every intake and step would then update the same
 *   few district rows and queue concurrent transactions on their locks. Instead a statement trigger on
 *   appeal_stat appends the (district, day) it touched to appeal_stat_dirty (a plain insert: no row is
 *   shared, nothing waits), and a reader re-sums the dirty days before it reads the cube. A marker becomes
 *   visible with the change that wrote it, so a refresh that takes markers and then re-reads appeal_stat in a
 *   later statement never drops a change.
 */
export const indicatorCubeMigration: Migration = {
  name: '0004_indicator_cube',
  async up(db) {
    await sql`
      create index appeal_stat_street on appeal_stat (district_id, street_id, day);
      create index appeal_stat_committee on appeal_stat (district_id, committee_id, day);
      create index appeal_stat_department on appeal_stat (district_id, department_id, day);

      create table appeal_stat_cube (
        district_id int not null,
        cut text not null check (cut in ('c', 'k', 's', 'd')),
        day date not null,
        street_id int not null,
        department_id int not null,
        channel text not null,
        category_code text not null,
        received int not null,
        valid int not null,
        accepted int not null,
        accept_minutes bigint not null,
        resolved int not null,
        on_time int not null,
        rated int not null,
        satisfied int not null,
        reopened int not null,
        supervised int not null,
        primary key (district_id, cut, day, street_id, department_id, channel, category_code)
      );

      create table appeal_stat_dirty (district_id int not null, day date not null);
      create index appeal_stat_dirty_district on appeal_stat_dirty (district_id);

      create function appeal_stat_mark() returns trigger language plpgsql as $$
      begin
        insert into appeal_stat_dirty (district_id, day) select distinct district_id, day from changed;
        return null;
      end $$;
      -- One trigger per event: a trigger with transition tables may have only one. An upsert fires both.
      create trigger appeal_stat_mark_insert after insert on appeal_stat referencing new table as changed
        for each statement execute function appeal_stat_mark();
      create trigger appeal_stat_mark_update after update on appeal_stat referencing new table as changed
        for each statement execute function appeal_stat_mark();

      insert into appeal_stat_dirty (district_id, day) select distinct district_id, day from appeal_stat;
    `.execute(db);
  },
};
