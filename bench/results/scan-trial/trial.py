import sys, json
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2]))
from gen_scan_corpus import render
T = r'''
2025-12-07 10:00:00.123  INFO 4711 --- [nio-8080-exec-1] c.e.im.TimClient : sending to user 70001, msgRandom={D:70421}
2025-12-07 10:00:00.456 ERROR 4711 --- [nio-8080-exec-1] c.e.im.TimClient : IM call failed: ActionStatus=FAIL ErrorCode={T:70001} ErrorInfo=usersig expired
com.example.im.TimException: TIM error {T:20007}: blocked by peer
	at com.example.im.TimClient.send(TimClient.java:{D:6017})
	at com.example.im.Service.notify(Service.java:{D:10010})
Caused by: java.io.IOException: upstream returned {T:91000}
[2025-12-07T10:00:01.000Z] "POST /v4/openim/sendmsg HTTP/1.1" 200 - 0 {D:4004} 12 11 "10.1.2.3" "okhttp" "a1b2c3d4-{D:6013}" "im.example.com" "10.0.0.5:{D:6022}"
Dec 07 10:00:02 host im-worker[{D:6022}]: job {D:20009} done in {D:6015} ms
Dec 07 10:00:03 host im-worker[{D:6022}]: job 20010 failed: errno={T:6022}
Dec 07 10:00:04 host im-worker[{D:6022}]: retry #{D:6015} for code {T:6015}
I/flutter ({D:6022}): TIMCallback onError code {T:6014} desc not logged in
I/flutter ({D:6022}): progress {D:4001}/{D:7003} bytes
W/System.err({D:6022}): java.lang.IllegalStateException: IM SDK error {T:6013}
{"@timestamp":"2025-12-07T10:00:05Z","log.level":"ERROR","error.code":{T:80002},"event.duration":{D:6001}}
<E> 2025-12-07 10:00:06 [TIM] kick offline reason={D:6208}
php: [2025-12-07 10:00:07] im.ERROR: Tencent IM returned error code {T:10014} (group full) {"group":"@TGS#{D:10004}"}
'''
text, truth = render(T)
open('trial.log','w').write(text)
json.dump(truth, open('trial.truth.json','w'))
print(len(truth['true']), len(truth['decoys']))
