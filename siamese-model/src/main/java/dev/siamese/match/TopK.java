package dev.siamese.match;

/** The {@code k} lowest scores seen, with their row indices; ties keep the lower index. */
final class TopK {
    private final int[] index;
    private final float[] score;
    private int count;
    private int worst;

    TopK(int k) {
        index = new int[k];
        score = new float[k];
    }

    /** Whether a score could enter: cheap test for the inner loop. */
    boolean admits(float s) {
        return count < index.length || s < score[worst];
    }

    void offer(int row, float s) {
        if (count < index.length) {
            index[count] = row;
            score[count] = s;
            count++;
            if (count == index.length) {
                findWorst();
            }
        } else if (s < score[worst] || (s == score[worst] && row < index[worst])) {
            index[worst] = row;
            score[worst] = s;
            findWorst();
        }
    }

    private void findWorst() {
        int w = 0;
        for (int j = 1; j < count; j++) {
            if (score[j] > score[w] || (score[j] == score[w] && index[j] > index[w])) {
                w = j;
            }
        }
        worst = w;
    }

    void addAll(TopK other) {
        for (int j = 0; j < other.count; j++) {
            offer(other.index[j], other.score[j]);
        }
    }

    /** The rows, best first. */
    int[] rows() {
        Integer[] order = new Integer[count];
        for (int j = 0; j < count; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> score[a] != score[b] ? Float.compare(score[a], score[b])
                : Integer.compare(index[a], index[b]));
        int[] out = new int[count];
        for (int j = 0; j < count; j++) {
            out[j] = index[order[j]];
        }
        return out;
    }
}
