import json, random, sys, csv
random.seed(7)
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
persons = []
with open(src) as f:
    for line in f:
        p = json.loads(line)
        def vals(k):
            return [x if isinstance(x, str) else x['value'] for x in p.get(k, [])]
        persons.append((p['person_id'], vals('emails'), vals('phones'), vals('addresses')))
w = csv.writer(open(out, 'w', newline=''))
w.writerow(['crm_id', 'Email Address', 'Mobile', 'Street', 'City', 'State', 'Zip', 'comment'])
for i in range(n):
    pid, emails, phones, addrs = random.choice(persons)
    e = random.choice(emails) if emails and random.random() < 0.7 else ''
    ph = random.choice(phones) if phones and random.random() < 0.5 else ''
    street = city = state = z = ''
    if addrs and random.random() < 0.3:
        a = random.choice(addrs)
        parts = [x.strip() for x in a.split(',')]
        if len(parts) >= 3:
            street, city = parts[0], parts[1]
            st = parts[-1].split()
            state = st[0]; z = st[1] if len(st) > 1 else ''
    r = random.random()
    if r < 0.05:
        e = 'not-an-email'
    elif r < 0.10:
        e = 'unknown%d@nowhere-example.com' % i
        ph = ''
    comment = random.choice(['', 'vip, "gold"', 'line1\nline2', 'plain'])
    w.writerow([i + 1, e, ph, street, city, state, z, comment])
