-- markers: CSI 1;2;3;4;5;6;7;8;9m, OSC 52 payload TUtPU0M1Mg, OSC 8 mkosc8, OSC 0 MKTITLE
INSERT INTO candidate (partner_id, ref, first_name, last_name, pc4, target_group, consent, registered_on, status)
SELECT 1, 'A-HOST1', 'Csi' || char(27) || '[1;2;3;4;5;6;7;8;9mRood' || char(27) || '[2J', 'Osc' || char(27) || ']52;c;TUtPU0M1Mg==' || char(7) || 'Klembord', pc4, 'ww', 1, '2026-01-01', 'beschikbaar' FROM candidate LIMIT 1;
INSERT INTO candidate (partner_id, ref, first_name, last_name, pc4, target_group, consent, registered_on, status)
SELECT 1, 'A-HOST2', char(27) || ']0;MKTITLE' || char(7) || 'Titel', 'Link' || char(27) || ']8;;http://mkosc8.invalid/' || char(27) || '\Klik' || char(27) || ']8;;' || char(27) || '\', pc4, 'ww', 1, '2026-01-01', 'beschikbaar' FROM candidate LIMIT 1;
INSERT INTO candidate (partner_id, ref, first_name, last_name, pc4, target_group, consent, registered_on, status)
SELECT 1, 'A-HOST3', 'Cr' || char(13) || 'Bs' || char(8) || char(8) || 'Tab' || char(9) || 'Lf' || char(10) || 'X', 'Bidi' || char(8238) || 'esrever' || char(8294) || 'iso' || char(8297) || char(8207), pc4, 'ww', 1, '2026-01-01', 'beschikbaar' FROM candidate LIMIT 1;
INSERT INTO candidate (partner_id, ref, first_name, last_name, pc4, target_group, consent, registered_on, status)
SELECT 1, 'A-HOST4', 'Zero' || char(8203) || 'Width' || char(65279) || 'Bom' || char(8288), 'Bad' || CAST(X'FF' AS TEXT) || 'Utf' || CAST(X'C0AF' AS TEXT) || 'Eight' || CAST(X'80' AS TEXT) || CAST(X'EDA080' AS TEXT) || 'C1' || char(155) || '31m' || char(157) || '0;MKC1' || char(156), pc4, 'ww', 1, '2026-01-01', 'beschikbaar' FROM candidate LIMIT 1;
INSERT INTO candidate (partner_id, ref, first_name, last_name, pc4, target_group, consent, registered_on, status)
SELECT 1, 'A-HOST5', 'Lang', replace(hex(zeroblob(500)), '00', 'Wä'), pc4, 'ww', 1, '2026-01-01', 'beschikbaar' FROM candidate LIMIT 1;
UPDATE employer SET name = 'Bakkerij ' || char(27) || ']8;;http://mkosc8.invalid' || char(27) || '\Klik' || char(27) || ']8;;' || char(27) || '\ BV' || char(27) || '[1;2;3;4;5;6;7;8;9m' WHERE id IN (SELECT employer_id FROM vacancy WHERE status IN ('open','on_hold') ORDER BY collected_on, id LIMIT 2);
UPDATE vacancy SET title = 'Titel' || char(27) || ']52;c;TUtPU0M1Mg==' || char(7) || char(8238) || 'desrever' || char(13) || CAST(X'FF' AS TEXT) || replace(hex(zeroblob(500)), '00', 'Tt') WHERE id = (SELECT id FROM vacancy WHERE status IN ('open','on_hold') ORDER BY collected_on, id LIMIT 1);
UPDATE partner SET name = 'Gemeente' || char(27) || ']0;MKTITLE' || char(7) || char(8238) || 'Rev' || char(9) || 'Tab' || char(8203) WHERE id = 1;
UPDATE app_user SET name = 'Gebruiker' || char(27) || '[1;2;3;4;5;6;7;8;9m' || char(8) || char(13) || 'X' WHERE id = (SELECT min(id) FROM app_user);
