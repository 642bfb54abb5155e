#!/usr/bin/env python3
"""Write the scan's role-rule test logs, with every true occurrence and decoy marked.

Usage: gen_scan_corpus.py OUT_DIR

Writes, for the vendor catalog zimerr-cli/tests/fixtures/scan/vendor.yaml (Tencent Cloud
Chat codes, 4 and 5 digits):
  vendor.log        a mixed log: JSON lines, logfmt, Android logcat, iOS (NSLog and
                    unified log), nginx access and error logs, a Python traceback, Go log
  vendor.truth.json {"true": [[line, code], ...], "decoys": [[line, number], ...],
                     "expected": {"code": count}}
and, for the bundled ZIM catalogs together (`--catalog client,server --min-code 0`):
  zim-mixed.log, zim-mixed.truth.json   (the same shape; 1 is a code of both catalogs:
                                        ambiguous; 0 is the success code of both, no
                                        error, so a decoy)

In the templates below, {T:n} marks a true occurrence of code n (a number in an error
role that the scan must count) and {D:n} a decoy: a code of the catalog, or a number in
the range of one of its categories, that stands in no error role (an id, a port, a
sequence number, a size, a negative code, a part of a path, time or date...) and must not
count. Every decoy is written by hand; each is a catalog code or in a category's range,
so that only the role rules can reject it. `hard` decoys are ones the rules are known to
get wrong (documented in zimerr-cli/README.md); they stay in the measure.
"""

import json
import re
import sys
from pathlib import Path

VENDOR = r'''
{"ts":"2025-12-07T10:00:00Z","level":"error","ActionStatus":"FAIL","ErrorCode":{T:70001},"ErrorInfo":"UserSig expired","MsgSeq":{D:20009},"MsgRandom":{D:70421}}
{"ts":"2025-12-07T10:00:01Z","level":"info","ActionStatus":"OK","ErrorCode":0,"MsgSeq":{D:20006},"MsgTime":1733565601}
{"event":"send","code":"{T:20007}","msg":"blocked by peer","uid":"{D:10010}"}
{"error_code": {T:80001}, "error": "dirty words", "bytes": {D:4001}}
{"ret": {T:90001}, "reason": "bad json", "port": {D:6013}}
{"ok":{D:70001},"count":{D:6015},"elapsed_ms":{D:6001}}
{"SubCode":{T:20003},"ResultCode":{T:90009},"To_Account":"user_70001"}
{"status":{D:6017},"pid":{D:7003},"tid":{D:6022}}
{"level":"warn","msg":"retry scheduled","attempt":2,"delay_ms":{D:4004},"lastErrorCode":{T:6015}}
{"errno":{T:6022},"path":"/data/im/{D:6028}/db","err_no":{T:6001}}
time=2025-12-07T10:00:02Z level=error msg="send failed" err={T:20007} uid=user_70001 seq={D:20009}
time=2025-12-07T10:00:03Z level=warn msg=retry errcode={T:6015} attempt=3 elapsed_ms={D:6001}
time=2025-12-07T10:00:04Z level=error msg="login failed" error_code={T:6206} pid={D:7003} tid={D:6022}
time=2025-12-07T10:00:05Z level=info msg=connected addr=10.0.0.1:{D:6022} conns={D:10007}
time=2025-12-07T10:00:06Z level=error msg="sso err code=-{D:10004}" retry=false
time=2025-12-07T10:00:07Z level=error status_code={T:70003} retcode={T:70013} ok=false
time=2025-12-07T10:00:08Z level=info msg="group created" group_id=@TGS#{D:10014} members={D:10010}
time=2025-12-07T10:00:09Z level=error msg="callback rejected" SendMsgErrCode={T:20006} MsgKey={D:20006}_1733565609
12-07 10:00:03.123  {D:6022}  {D:7003} E TIMSDK  : login failed, code={T:6206} desc=UserSig expired
12-07 10:00:04.456  {D:6022}  {D:7003} E TIMSDK  : onError({T:6013}, "sdk not init")
12-07 10:00:05.001  {D:6022}  {D:7003} W TIMSDK  : errCode:{T:6014} errMsg:not logged in
12-07 10:00:05.002  {D:6022}  {D:7003} I TIMSDK  : sendMessage seq={D:20009} random={D:70421} size={D:4004}
E/TIMSDK( {D:6022}): kicked offline, code: {T:6208}
12-07 10:00:05.300  {D:6022}  {D:7003} E TIMSDK  : upload failed, ret={T:4001} file=/sdcard/im/{D:4004}.jpg
12-07 10:00:05.400  {D:6022}  {D:7003} D TIMSDK  : conversation c2c_{D:70001} unread={D:6013}
2025-12-07 10:00:06.123 ChatApp[{D:6022}:{D:70421}] [TIM] login fail: code={T:6206} desc=UserSig expired
2025-12-07 10:00:07.000 ChatApp[{D:6022}:{D:70421}] Error Domain=com.tencent.imsdk Code={T:70001} "UserSig expired" UserInfo={NSLocalizedDescription=UserSig expired}
2025-12-07 10:00:08.500000+0800 0x1a2b Default 0x0 {D:6022} 0 ChatApp: (TIM) message sent, seq {D:20006}
2025-12-07 10:00:09.000 ChatApp[{D:6022}:{D:70421}] [TIM] 发送失败 错误码：{T:20007}
2025-12-07 10:00:09.100 ChatApp[{D:6022}:{D:70421}] [TIM] 错误码{T:80002}
2025-12-07 10:00:09.200 ChatApp[{D:6022}:{D:70421}] [TIM] build {D:7003}.2.1 started
2025-12-07 10:00:09.300000+0800 0x2c Error 0x0 {D:6022} 0 ChatApp: (TIM) send failed: ErrorCode {T:10010}
10.0.0.7 - - [07/Dec/2025:10:00:09 +0800] "POST /v4/openim/sendmsg?sdkappid=1400000000&identifier=admin&random={D:70421} HTTP/1.1" 200 {D:4001} "-" "Go-http-client/1.1"
10.0.0.7 - - [07/Dec/2025:10:00:10 +0800] "GET /api/v1/users/{D:70001} HTTP/1.1" 404 {D:6017} "-" "curl/8.0"
10.0.0.8 - - [07/Dec/2025:10:00:10 +0800] "POST /v4/group_open_http_svc/create_group HTTP/1.1" 200 {D:10014} "-" "okhttp/4.9"
10.0.0.9 - - [07/Dec/2025:10:00:11 +0800] "GET /cb?errcode={T:70398}&msg=limit HTTP/1.1" 200 {D:6028} "-" "curl/8.0"
2025/12/07 10:00:11 [error] {D:6022}#0: *{D:7003} connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.9, upstream: "http://10.0.0.10:{D:6022}/v4"
Traceback (most recent call last):
  File "/srv/worker/im.py", line {D:6028}, in send
    raise ImError({T:20007}, "blocked by peer")
tim.ImError: [{T:20007}] blocked by peer
ERROR:worker:send failed for uid={D:20003} after {D:6015:hard} ms
WARNING:worker:retrying in {D:6013}s
requests.exceptions.HTTPError: 500 Server Error for url: https://console.tim.qq.com/v4/im_open_login_svc/account_import?sdkappid=1400000000&random={D:70421}
ValueError: IM API failed with ErrorCode {T:70003}
2025/12/07 10:00:12 im.go:{D:6017}: send failed: tim: code {T:80001}: dirty words
2025/12/07 10:00:13 rpc error: code = {T:91000} desc = internal
2025/12/07 10:00:14 handler.go:88: request ok latency={D:6001}us
2025/12/07 10:00:15 level=error msg="import failed" account_count={D:70398} err="code {T:70398}: limit"
2025/12/07 10:00:16 session 1d4f2a9c-{D:6013}-4a1b-9c2e-{D:70001}ab12 expired
2025/12/07 10:00:17 version v{D:6013}.1 uses port :{D:6017}
2025/12/07 10:00:18 error: user {D:20003} not found (code {T:20003})
2025/12/07 10:00:19 amount={D:6022}.50 code={T:90009}
'''

ZIM = r'''
2025-12-07 10:00:00.001 [client] login failed code={T:6000106} seq={D:6000104} uid=user_6000121
2025-12-07 10:00:00.002 [client] send ok code={D:0} msg_id={D:6000001}
2025-12-07 10:00:00.003 [client] onError({T:6000121}, "network")
2025-12-07 10:00:00.004 [server] {"Code":{T:51102},"Message":"user not logged in","RequestId":"{D:6000106}"}
2025-12-07 10:00:00.005 [server] {"Code":{T:1},"Message":"failed","bytes":{D:51102}}
2025-12-07 10:00:00.006 [server] {"Code":{T:100000004},"Message":"signature expired","Timestamp":{D:2025}}
2025-12-07 10:00:00.007 [client] ret={T:6000301} elapsed={D:6000106}
2025-12-07 10:00:00.008 [server] ErrorCode={D:0} took 12ms
2025-12-07 10:00:00.009 [client] year={D:2025} error_code={T:6000104}
2025-12-07 10:00:00.010 [server] req /v2/users/{D:6000106} code={T:1}
'''

MARK = re.compile(r"\{([TD]):(\d+)(:hard)?\}")


def render(template: str):
    lines, true, decoys, hard = [], [], [], []
    for number, raw in enumerate(template.strip("\n").split("\n"), start=1):
        for kind, value, is_hard in MARK.findall(raw):
            entry = [number, int(value)]
            (true if kind == "T" else decoys).append(entry)
            if is_hard:
                hard.append(entry)
        lines.append(MARK.sub(lambda m: m.group(2), raw))
    expected: dict[str, int] = {}
    for _, code in true:
        expected[str(code)] = expected.get(str(code), 0) + 1
    truth = {"true": true, "decoys": decoys, "hard_decoys": hard,
             "expected": dict(sorted(expected.items(), key=lambda kv: int(kv[0])))}
    return "\n".join(lines) + "\n", truth


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, template in (("vendor", VENDOR), ("zim-mixed", ZIM)):
        text, truth = render(template)
        (out / f"{name}.log").write_text(text, encoding="utf-8")
        (out / f"{name}.truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(text.splitlines())} lines, {len(truth['true'])} true occurrences, "
              f"{len(truth['decoys'])} decoys ({len(truth['hard_decoys'])} hard)")


if __name__ == "__main__":
    main()
