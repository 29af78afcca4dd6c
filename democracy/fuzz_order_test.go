package democracy

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/gonghui/gonghui/union"
)

// FuzzApportionPermuted permutes the constituencies and requires the parts
// permuted the same way (constituencies of equal size are interchangeable),
// and the fast methods to agree with the textbook ones.
func FuzzApportionPermuted(f *testing.F) {
	f.Add(uint8(0), uint16(85), []byte{40, 30, 25, 15, 10}, uint8(5), uint64(1))
	f.Add(uint8(1), uint16(10), []byte{5, 5, 5, 0}, uint8(1), uint64(2))
	f.Add(uint8(2), uint16(30), []byte{7, 7, 3, 3, 1}, uint8(2), uint64(3))
	f.Fuzz(func(t *testing.T, m uint8, seats uint16, raw []byte, minimum uint8, seed uint64) {
		if len(raw) == 0 || len(raw) > 64 {
			return
		}
		sizes := make([]int, len(raw))
		for i, b := range raw {
			sizes[i] = int(b) * 7
		}
		method := Method(m % 3)
		want, err := ApportionBy(method, int(seats), sizes, int(minimum))
		requireKnownError(t, err)
		if err != nil {
			return
		}
		var ref []int
		if method == LargestRemainder {
			ref = naiveLargestRemainder(int(seats), sizes, int(minimum))
		} else if int(seats) <= 2000 {
			ref = naiveHighestAverages(method, int(seats), sizes, int(minimum))
		}
		if ref != nil && !reflect.DeepEqual(ref, want) {
			t.Fatalf("%v: %v, textbook %v", method, want, ref)
		}
		rng := rand.New(rand.NewPCG(seed, seed>>1))
		perm := rng.Perm(len(sizes))
		shuffled := make([]int, len(sizes))
		for i, p := range perm {
			shuffled[i] = sizes[p]
		}
		got, err := ApportionBy(method, int(seats), shuffled, int(minimum))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(pairs(sizes, want), pairs(shuffled, got)) {
			t.Fatalf("%v: %v → %v, shuffled %v → %v", method, sizes, want, shuffled, got)
		}
	})
}

// FuzzCountShuffled counts ballots in two orders and requires the same
// result, each ballot keeping its fate.
func FuzzCountShuffled(f *testing.F) {
	f.Add(uint8(3), []byte{1, 2, 3, 0, 1, 2, 9, 1, 1, 4, 4}, uint64(5))
	f.Add(uint8(1), []byte{0, 0, 7, 7, 2}, uint64(6))
	f.Fuzz(func(t *testing.T, seats uint8, raw []byte, seed uint64) {
		if len(raw) > 4096 {
			return
		}
		e := Election{Seats: 1 + int(seats%4), Candidates: []string{"a", "b", "c", "d", "e", "f"}, Rules: UnionElection()}
		names := []string{"a", "b", "c", "d", "e", "f", "x", "y", "", "a"}
		var bs []Ballot
		var cur Ballot
		for _, b := range raw {
			switch {
			case b == 0xff:
				cur.Spoiled = true
			case b%11 == 10:
				bs = append(bs, cur)
				cur = Ballot{}
			default:
				cur.Approve = append(cur.Approve, names[int(b)%len(names)])
			}
		}
		bs = append(bs, cur)
		e.Entitled, e.Issued = len(bs), len(bs)
		want, err := e.Count(bs)
		requireKnownError(t, err)
		if err != nil {
			return
		}
		rng := rand.New(rand.NewPCG(seed, 1))
		perm := rng.Perm(len(bs))
		shuffled := make([]Ballot, len(bs))
		for i, p := range perm {
			shuffled[i] = bs[p]
		}
		got, err := e.Count(shuffled)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range perm {
			if want.Fates[p] != got.Fates[i] {
				t.Fatalf("ballot %d: %v, shuffled %v", p, want.Fates[p], got.Fates[i])
			}
		}
		want.Fates, got.Fates = nil, nil
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("order changed the count:\n%+v\n%+v", want, got)
		}
	})
}

// FuzzCheckShuffled checks a roster and a presidium in two orders and
// requires the same composition.
func FuzzCheckShuffled(f *testing.F) {
	f.Add(uint8(1), uint16(1200), []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, uint64(3))
	f.Add(uint8(0), uint16(300), []byte{2, 2, 2, 9, 9}, uint64(4))
	f.Fuzz(func(t *testing.T, preset uint8, headcount uint16, raw []byte, seed uint64) {
		if len(raw) == 0 || len(raw) > 2000 {
			return
		}
		rules := []Rules{Enterprise(), Shanghai2017(), Zhejiang2010(), School2012(), StateEnterprise1986()}[int(preset)%5]
		ro := Roster{Workforce: Workforce{Headcount: int(headcount), Women: int(headcount) / 3}}
		for i, b := range raw {
			ro.Delegates = append(ro.Delegates, Delegate{
				Name: "d" + itoa(i), Category: Category(int(b) % categoryEnum.Len()), Gender: union.Gender(int(b/6) % 3),
				Disabled: b&0x40 != 0, Dispatched: b&0x80 != 0, NonVoting: b%13 == 12,
			})
		}
		rng := rand.New(rand.NewPCG(seed, 2))
		want, err := rules.Check(ro)
		requireKnownError(t, err)
		if err == nil {
			ro2 := ro
			ro2.Delegates = shuffledDelegates(rng, ro.Delegates)
			got, err := rules.Check(ro2)
			if err != nil || !reflect.DeepEqual(want, got) {
				t.Fatalf("order changed the check: %v\n%+v\n%+v", err, want, got)
			}
		}
		var pres []Delegate
		for _, d := range ro.Delegates {
			if !d.NonVoting {
				pres = append(pres, d)
			}
		}
		n := len(pres) + int(headcount)%150
		wantP, err := rules.CheckPresidium(n, pres)
		requireKnownError(t, err)
		if err != nil {
			return
		}
		gotP, err := rules.CheckPresidium(n, shuffledDelegates(rng, pres))
		if err != nil || !reflect.DeepEqual(wantP, gotP) {
			t.Fatalf("order changed the presidium check: %v\n%+v\n%+v", err, wantP, gotP)
		}
	})
}
