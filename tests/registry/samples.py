# ruff: noqa: E501  (CSV rows are easier to read whole)
"""One small file of every kind, in an order that imports (later kinds name earlier rows)."""

SRC = "https://example.org/danang-2024,Da Nang reaches out,Example Daily,2024-06-01,en"
COLS = "source_url,source_title,source_publisher,source_published_on,source_language"

SAMPLES = {
    "places": f"""name,kind,country,name_vi,aliases,valid_from,valid_to,{COLS}
Sakai,foreign_locality,JP,,ja:堺市;Sakai City,,,{SRC}
Hwaseong,foreign_locality,KR,,화성,,,{SRC}
""",
    "organizations": f"""name,kind,acronym,name_vi,country,place,website,{COLS}
Network of Asian Port Cities,city_network,NAPC,,JP,Sakai,https://napc.example.org,{SRC}
Sakai Chemical Works,company,,,JP,,,{SRC}
""",
    "people": f"""name,name_vi,{COLS}
Tran Thi Lan,Trần Thị Lan,{SRC}
""",
    "positions": f"""person,title,organization,place,start_on,end_on,{COLS}
Tran Thi Lan,Vice Chairwoman of the People's Committee,,Da Nang,2021-01-01,,{SRC}
""",
    "partnerships": f"""place,partner,kind,since,status,notes,{COLS}
Da Nang,Sakai,friendship,2019-05-01,active,Port and tourism ties,{SRC}
Da Nang,Hwaseong,cooperation,,inactive,,{SRC}
""",
    "delegations": f"""direction,place,counterpart,start_on,end_on,leader,size,purpose,outcomes,{COLS}
outbound,Da Nang,Japan,2024-04-10,2024-04-15,Tran Thi Lan,12,Promote investment,Two MOUs,{SRC}
inbound,Da Nang,Hwaseong,2024-05-02,,,,Visit the port,,{SRC}
""",
    "agreements": f"""place,title,kind,parties,signed_on,expires_on,fields,status,delegation,{COLS}
Da Nang,MOU on port cooperation,mou,Sakai; Network of Asian Port Cities,2024-04-12,2029-04-12,ports; logistics,active,DELEGATION,{SRC}
Da Nang,Letter of intent on tourism,letter_of_intent,Hwaseong,,,tourism,active,,{SRC}
""",
    "activities": f"""agreement,happened_on,description,{COLS}
MOU on port cooperation,2024-09-01,Joint port workshop,{SRC}
""",
    "events": f"""place,name,kind,start_on,end_on,participants,{COLS}
Da Nang,Port Cities Forum,conference,2024-10-03,2024-10-04,250,{SRC}
""",
    "projects": f"""place,name,kind,investor,origin_country,capital,currency,sector,licensed_on,status,{COLS}
Da Nang,Resin plant,fdi,Sakai Chemical Works,Japan,12500000.5,USD,manufacturing,2023-03-01,active,{SRC}
Da Nang,Coastal clinic,ngo,,,,,health,,active,{SRC}
""",
    "memberships": f"""place,organization,joined_on,left_on,{COLS}
Da Nang,NAPC,2010-01-01,,{SRC}
""",
    "awards": f"""place,name,recipient,awarded_by,awarded_on,{COLS}
Da Nang,Friendship Medal,Sakai City Hall,Da Nang People's Committee,2020-01-15,{SRC}
""",
    "plans": f"""key,code,title,place,issued_on,period,goals,task_groups,breakthroughs,{COLS}
plan-313,313/KH-UBND,Plan 313 on international integration,Da Nang,2025-06-04,2025-2030,More partners,Six groups,Two breakthroughs,{SRC}
""",
    "targets": f"""plan,place,metric,value,unit,period,quote,{COLS}
plan-313,Da Nang,fdi_projects,100,count,2025-2030,at least 100 new FDI projects,{SRC}
""",
    "observations": f"""place,metric,value,unit,approx,period,quote,status,{COLS}
Da Nang,delegations_received,3000,count,over,2021-2025,over 3000 delegations,accepted,{SRC}
Da Nang,fdi_capital,2500000000,USD,about,2025,about 2.5 billion USD,candidate,{SRC}
""",
}
