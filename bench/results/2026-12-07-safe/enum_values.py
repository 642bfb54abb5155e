import sys
n=int(sys.argv[1]); mode=sys.argv[2]
print("#![forbid(unsafe_code)]")
print("#[repr(u32)] #[derive(Clone,Copy,PartialEq,Eq)] pub enum E {")
for i in range(n): print(f"V{i} = {6000000+i*7},")
print("}")
if mode=="static":
    print(f"static ALL: [E; {n}] = [" + ",".join(f"E::V{i}" for i in range(n)) + "];")
    print("pub fn all() -> &'static [E] { &ALL }")
    print("pub fn at(i: usize) -> Option<E> { ALL.get(i).copied() }")
elif mode=="u32":
    print(f"static ALL: [u32; {n}] = [" + ",".join(str(6000000+i*7) for i in range(n)) + "];")
    print("pub fn all() -> &'static [u32] { &ALL }")
elif mode=="match":
    print("pub fn at(i: usize) -> Option<E> { match i {" + "".join(f"{i} => Some(E::V{i})," for i in range(n)) + " _ => None } }")
