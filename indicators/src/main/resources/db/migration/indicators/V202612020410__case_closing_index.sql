-- A quarter's cases are those opened or closed in it: the closing date gets an index of its own, so
-- the two halves of that condition are both read through an index (BitmapOr), not by a scan.
CREATE INDEX service_case_closed ON service_case (station_id, closed_on) WHERE closed_on IS NOT NULL;
