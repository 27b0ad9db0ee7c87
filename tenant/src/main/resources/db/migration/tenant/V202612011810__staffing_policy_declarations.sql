-- The staffing tables take the standard policies from their declarations instead of hand-written
-- ones (same reach as before). Staff records are read by those who oversee the project, and by
-- the readers of a station where the person is posted (the extra policy below).
CALL app_tenant_table('staffing_rule', 'PROJECT', 'PROJECT');
CALL app_tenant_table('staff_member', 'OVERSEERS', 'PROJECT');
CALL app_tenant_table('staff_assignment', 'STATION', 'PROJECT');
CALL app_tenant_table('training_session', 'PROJECT', 'PROJECT');
CALL app_tenant_table('training_attendance', 'PROJECT', 'PROJECT');
CALL app_tenant_table('supervision_session', 'STATION', 'PROJECT');
CALL app_tenant_table('supervision_attendance', 'PROJECT', 'PROJECT');

CREATE POLICY staff_member_read_posted ON staff_member FOR SELECT
    USING (EXISTS (SELECT 1 FROM staff_assignment a
                   WHERE a.staff_id = staff_member.id
                     AND a.station_id = ANY ((SELECT app_read_stations())::uuid[])));
