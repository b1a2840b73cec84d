-- The inbox lists the newest bulletins first and stops at one page: in this order the database walks back from the
-- newest and stops as soon as it has found a page the reader may read.
create index bulletin_newest_idx on bulletin (published_at, id);
