-- The bureau closes escalated items, and with them their clocks: deadlines are written by the
-- station's writers and whoever oversees the project (which step may stop which clock is the
-- owning module's rule).
CALL app_tenant_table('deadline', 'STATION', 'STATION_OR_OVERSEERS');
CALL app_tenant_table('deadline_event', 'STATION', 'STATION_OR_OVERSEERS');
