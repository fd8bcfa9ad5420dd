import re,sys,glob,os
# same rule as Probe.java: break after . ! ? (optionally followed by a closing quote) when followed by whitespace + (opening quote) capital; and at newlines
B=re.compile(r'([.!?]["”’\']?)[ \t]+(?=["“‘\']?[A-Z])')
def sents(t):
    t=B.sub(lambda m: m.group(1)+"\n", t)
    return [s.strip() for s in t.split("\n") if len(s.strip().split())>=3]
if __name__=='__main__':
    for story in sys.argv[1:]:
        for f in sorted(glob.glob(f'../shared/eval/dev/{story}/*.txt')):
            for i,s in enumerate(sents(open(f,encoding='utf-8').read())):
                print(f"{os.path.basename(f)[:-4]}#{i}\t{s}")
