INSERT INTO mig_gadget (id, name) VALUES (1, 'first');
