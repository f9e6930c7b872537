#!/usr/bin/env python3
"""Append pipe-separated staging rows to curated.tsv (scratch helper, not part of the build).
Line: name_en|name_ar|alt_names|lat|lon|governorate|district|subdistrict|pop|pcode|url|note
"""
import re, sys, unicodedata, pathlib
cur = pathlib.Path(__file__).resolve().parent.parent / 'curated.tsv'
text = cur.read_text()
lines = text.rstrip('\n').split('\n')
header = lines[0].split('\t')
if 'pcode' not in header:
    header.append('pcode'); lines[0] = '\t'.join(header)
ids = {l.split('\t')[0] for l in lines[1:]}
names = {l.split('\t')[1] for l in lines[1:]}
def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii','ignore').decode().lower()
    s = s.replace("'", '').replace('`','')
    return re.sub(r'[^a-z0-9]+','-',s).strip('-')
added=0
for raw in open(sys.argv[1]):
    raw=raw.strip()
    if not raw or raw.startswith('#'): continue
    f=raw.split('|')
    assert len(f)==12, (len(f), raw)
    en,ar,alt,lat,lon,gov,dist,sub,pop,pcode,url,note=[x.strip() for x in f]
    i='nwsy-'+slug(en)
    if i in ids:
        print('skip existing', i); continue
    float(lat); float(lon)
    row={'id':i,'name_en':en,'name_ar':ar,'alt_names':alt,'kind':'locality','lat':lat,'lon':lon,
         'governorate':gov,'district':dist,'subdistrict':sub,'population':pop.replace(',',''),
         'source_url':url,'note':note,'pcode':pcode}
    lines.append('\t'.join(row.get(h,'') for h in header)); ids.add(i); added+=1
cur.write_text('\n'.join(lines)+'\n')
print('added',added,'rows; total', len(lines)-1)
