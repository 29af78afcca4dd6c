// Package competition models labour and skills competition scoring (劳动和技能竞赛): indicators, judges, bonuses, vetoes, ranking and awards.
package competition
